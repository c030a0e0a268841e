'use client';

// The signed-in header's client code, loaded as one chunk by signed-in-controls.tsx.
export { NotificationBell } from '@/components/notifications/notification-bell';
export { LogoutButton } from './logout-button';
