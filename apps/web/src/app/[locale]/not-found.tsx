import { NotFoundContent } from '@/components/system/not-found-content';

export default function NotFound() {
  return <NotFoundContent />;
}
