/**
 * Generated from openapi.json by openapi-typescript (`npm run contract:write`); do not edit.
 * The request and response types of every operation, for the typed client (openapi-fetch).
 */
export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["verifyRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resendCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["sendLoginCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["verifyLoginCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["endOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One size of a stored image as WebP; size is small | medium | large or a pixel size name */
        get: operations["getFileVariant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Customers; multipart field `file`: JPEG, PNG, WebP or HEIC up to 10 MB, stored as WebP 320/960/1600 px without metadata */
        post: operations["uploadTaskPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Multipart field `file`: JPEG, PNG, WebP or HEIC up to 10 MB; stored as square WebP 96/256/512 px */
        put: operations["replaceAvatar"];
        post?: never;
        delete: operations["removeAvatar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Providers only; multipart field `file`, up to 10 MB; at most 12 photos (409 beyond) */
        post: operations["addPortfolioPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/portfolio/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removePortfolioPhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["requestEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["requestPhoneChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["confirmEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/phone/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["confirmPhoneChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, database and Redis reachability (503 only when the database is down; Redis down is "degraded") */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two-level category tree, ru and tg names */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cities of Tajikistan with their districts */
        get: operations["listCities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider plans on sale (prices in diram) */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status derived from dates; providers only */
        get: operations["getMySubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/trial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The free Standard trial: once, with a verified phone */
        post: operations["startTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop renewal; usable to the paid end */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay for a plan: by card (a pending payment and the page to pay on) or from the balance (active at once) */
        post: operations["checkout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMyPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my payments (the return page and the receipt); a pending one is checked with the bank on the way */
        get: operations["getMyPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ways to pay the terminal takes, in the order to offer them, and the origins a checkout may send the payer to */
        get: operations["listPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signed events from an acquirer; replays are recognised */
        post: operations["paymentWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/sandbox/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSandboxPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/sandbox/{paymentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sandbox page’s Pay / Decline: delivers a signed webhook */
        post: operations["completeSandboxPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/balance/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pending top-up and the page to pay on; the balance is credited when the acquirer confirms */
        post: operations["topUpBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider’s balance (diram) and ledger, newest first */
        get: operations["getMyBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every plan, disabled ones included */
        get: operations["adminListPlans"];
        put?: never;
        post: operations["adminCreatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change terms or take a plan off sale (isActive: false); running periods keep going */
        patch: operations["adminUpdatePlan"];
        trace?: never;
    };
    "/api/v1/admin/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscription periods of every provider, newest first, by status now, plan or provider */
        get: operations["adminListSubscriptions"];
        put?: never;
        /** Manual activation: a period with source admin */
        post: operations["adminGrantSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/subscriptions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a subscription period now */
        post: operations["adminRevokeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/payments/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a payment; the period it bought ends now */
        post: operations["adminRefundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's responses, Premium first then the earliest (its customer only) */
        get: operations["listTaskResponses"];
        put?: never;
        /** Respond to an open task (providers with an active subscription, within the daily limit) */
        post: operations["createResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw your pending response while the task is open */
        delete: operations["withdrawResponse"];
        options?: never;
        head?: never;
        /** Edit your pending response while the task is open */
        patch: operations["editResponse"];
        trace?: never;
    };
    "/api/v1/responses/{id}/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose this provider: the task goes in progress and their chat opens */
        post: operations["selectResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a response down, optionally saying why */
        post: operations["rejectResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's responses with what became of each, newest first */
        get: operations["listMyResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review the selected provider of a completed task, once (its customer) */
        post: operations["createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's rating summary and visible reviews, newest first */
        get: operations["listProviderReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public feed of open tasks, newest first, cursor-paginated; a Premium provider gets fresh matching tasks pinned on page 1; `matching=true`: only those matching the signed-in provider */
        get: operations["listTasks"];
        put?: never;
        /** Create a draft or publish a task (customers) */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft or an open task (its customer) */
        patch: operations["editTask"];
        trace?: never;
    };
    "/api/v1/tasks/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changeTaskStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/completion-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The selected provider asks the customer to confirm the work is done */
        post: operations["requestTaskCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMyTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications newest-first by cursor (`unread=true`: only unread), with the unread count; providers also get the new tasks matching them */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some (`ids`) or all of your notifications read, or (`matchingTasks`) the new matching tasks seen; answers the new unread count */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/push/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The VAPID public key for PushManager.subscribe() */
        get: operations["getPushPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store this browser’s push subscription for the signed-in person (again: updated, not doubled) */
        post: operations["savePushSubscription"];
        /** Stop pushes to this browser */
        delete: operations["deletePushSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notification channels per event, quiet hours and task digest (defaults until you save) */
        get: operations["getNotificationSettings"];
        /** Replace your notification settings; SMS only for the events worth one */
        put: operations["saveNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One-click unsubscribe from one type of notification email (signed link from the email; no login); answers HTML */
        get: operations["unsubscribeNotificationEmail"];
        put?: never;
        /** RFC 8058 one-click unsubscribe, posted by mail apps from the List-Unsubscribe header (no login) */
        post: operations["unsubscribeNotificationEmailOneClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My dialogs, the most recently active first, with the last message and my unread count */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my dialogs (404 for anyone but its two participants) */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History newest-first by cursor; with `after` the messages after that one, oldest-first (catch-up) */
        get: operations["listMessages"];
        put?: never;
        /** Send text and/or an uploaded image; stored, then pushed to both participants over the socket */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a private image for this chat; send it with the next message as attachmentId
         * @description Multipart field `file`: JPEG, PNG, WebP or HEIC up to 10 MB; only the two participants can load it
         */
        post: operations["uploadChatImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I have read this dialog up to now; the counterpart gets a read receipt */
        post: operations["markConversationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The figures of the caller's dashboard: a provider's responses and rating, a customer's tasks and reviews */
        get: operations["getMyStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reviews the customer has written, newest first */
        get: operations["listGivenReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts newest first: search by name, email or phone (`q`), filter by role and status */
        get: operations["adminListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account: profile, and the newest tasks, responses, subscriptions, payments, complaints and audit entries */
        get: operations["adminGetUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block an account: its sessions end at once and its open tasks leave the feed */
        post: operations["adminBlockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a block; only the tasks the block hid come back */
        post: operations["adminUnblockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a provider verified (a badge on their public profile) */
        post: operations["adminVerifyProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/unverify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a provider’s verified mark back */
        post: operations["adminUnverifyProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every admin action and security event newest first; `from`/`to` are Asia/Dushanbe days, `action` a prefix */
        get: operations["adminListAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every task (drafts and hidden ones included), newest first, with search and filters */
        get: operations["adminListTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task with its private fields, responses, complaints and audit trail */
        get: operations["adminGetTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a task from everyone but its customer (who sees the reason) and admins */
        post: operations["adminHideTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks/{id}/unhide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a task an admin hid again (not one hidden by its customer’s block) */
        post: operations["adminUnhideTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open or running task, as its customer would */
        post: operations["adminCancelTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The two-level category tree, inactive categories included, with task counts */
        get: operations["adminListCategories"];
        put?: never;
        /** A top-level category, or a subcategory with parentId; placed last */
        post: operations["adminCreateCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, change the icon, deactivate (no new tasks; old tasks keep it) or activate */
        patch: operations["adminUpdateCategory"];
        trace?: never;
    };
    "/api/v1/admin/categories/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put one level (top level, or the children of parentId) in the given order */
        post: operations["adminReorderCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderation queue (reports and stop-word flags), newest first, with each target in context */
        get: operations["adminListComplaints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["adminGetComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/complaints/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an open complaint as acted on, with a note */
        post: operations["adminResolveComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/complaints/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an open complaint as unfounded, with a note */
        post: operations["adminRejectComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every review, hidden ones included, newest first */
        get: operations["adminListReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reviews/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a review from the provider's page; their rating is recomputed without it */
        post: operations["adminHideReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reviews/{id}/unhide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a hidden review again; the rating counts it again */
        post: operations["adminUnhideReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/stop-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stop-word list, newest first */
        get: operations["adminListStopWords"];
        put?: never;
        /** Add a word or phrase; new tasks, responses and messages containing it go to the queue */
        post: operations["adminCreateStopWord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/stop-words/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["adminDeleteStopWord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/warn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a user a moderator warning (in-app and email) */
        post: operations["adminWarnUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard figures per Asia/Dushanbe day over a range (default the last 30 days), totals, funnel, subscribers now */
        get: operations["adminStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments newest first, by status, purpose, payer and Dushanbe days of creation */
        get: operations["adminListPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/payments.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every payment the filters match as CSV (UTF-8 with BOM, amounts in TJS), streamed
         * @description Answers text/csv (a stream, so no JSON response schema); Content-Disposition: attachment.
         */
        get: operations["adminExportPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance mode as it stands */
        get: operations["adminGetSettings"];
        /** Switch maintenance mode on or off, with the message visitors see */
        put: operations["adminUpdateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a task, a user, a review or a message to the moderators (signed in; 10 an hour, 30 a day) */
        post: operations["createComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails and SMS captured by the dev outbox, newest first */
        get: operations["listDevOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    phone?: string;
                    /** @enum {string} */
                    role: "customer" | "provider";
                    password: string;
                    name: string;
                    /** @enum {string} */
                    locale?: "ru" | "tg";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "sms";
                        sentTo: string;
                        resendAfter: number;
                    };
                };
            };
        };
    };
    verifyRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    phone?: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "customer" | "provider" | "admin";
                            name: string;
                            /** @enum {string} */
                            locale: "ru" | "tg";
                        };
                    };
                };
            };
        };
    };
    resendCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    phone?: string;
                    /** @enum {string} */
                    purpose: "register" | "reset";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "sms";
                        sentTo: string;
                        resendAfter: number;
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "customer" | "provider" | "admin";
                            name: string;
                            /** @enum {string} */
                            locale: "ru" | "tg";
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        title: string;
                        status: number;
                        code: string;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                        retryAfter?: number;
                        stepUp?: {
                            channels: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                destination: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    sendLoginCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "sms";
                        sentTo: string;
                        resendAfter: number;
                    };
                };
            };
        };
    };
    verifyLoginCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    password: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "customer" | "provider" | "admin";
                            name: string;
                            /** @enum {string} */
                            locale: "ru" | "tg";
                        };
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "sms";
                        sentTo: string;
                        resendAfter: number;
                    };
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    phone?: string;
                    code: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "customer" | "provider" | "admin";
                            name: string;
                            /** @enum {string} */
                            locale: "ru" | "tg";
                        };
                    };
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            userAgent: string | null;
                            ip: string | null;
                            createdAt: string;
                            lastSeenAt: string;
                            current: boolean;
                        }[];
                        nextCursor: null;
                    };
                };
            };
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    endOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getFileVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                size: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    uploadTaskPhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        small: string;
                        medium: string;
                        large: string;
                        width: number;
                        height: number;
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "customer" | "provider" | "admin";
                        name: string;
                        email: string | null;
                        emailVerified: boolean;
                        phone: string | null;
                        phoneVerified: boolean;
                        /** @enum {string} */
                        locale: "ru" | "tg";
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        avatar: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        } | null;
                        createdAt: string;
                        provider: {
                            description: string;
                            skills: string[];
                            categories: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                parentId: string | null;
                            }[];
                            serviceCity: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            districts: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            }[];
                            portfolio: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            }[];
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                        } | null;
                    };
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    locale?: "ru" | "tg";
                    cityId?: string | null;
                    description?: string;
                    skills?: string[];
                    categoryIds?: string[];
                    serviceCityId?: string | null;
                    districtIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "customer" | "provider" | "admin";
                        name: string;
                        email: string | null;
                        emailVerified: boolean;
                        phone: string | null;
                        phoneVerified: boolean;
                        /** @enum {string} */
                        locale: "ru" | "tg";
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        avatar: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        } | null;
                        createdAt: string;
                        provider: {
                            description: string;
                            skills: string[];
                            categories: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                parentId: string | null;
                            }[];
                            serviceCity: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            districts: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            }[];
                            portfolio: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            }[];
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                        } | null;
                    };
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        avatar: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        } | null;
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        memberSince: string;
                        verified: boolean;
                        provider: {
                            description: string;
                            skills: string[];
                            categories: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                parentId: string | null;
                            }[];
                            serviceCity: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            districts: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            }[];
                            portfolio: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            }[];
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                        };
                    };
                };
            };
        };
    };
    replaceAvatar: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "customer" | "provider" | "admin";
                        name: string;
                        email: string | null;
                        emailVerified: boolean;
                        phone: string | null;
                        phoneVerified: boolean;
                        /** @enum {string} */
                        locale: "ru" | "tg";
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        avatar: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        } | null;
                        createdAt: string;
                        provider: {
                            description: string;
                            skills: string[];
                            categories: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                parentId: string | null;
                            }[];
                            serviceCity: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            districts: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            }[];
                            portfolio: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            }[];
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                        } | null;
                    };
                };
            };
        };
    };
    removeAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    addPortfolioPhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        small: string;
                        medium: string;
                        large: string;
                        width: number;
                        height: number;
                    };
                };
            };
        };
    };
    removePortfolioPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    requestEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    currentPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "sms";
                        sentTo: string;
                        resendAfter: number;
                    };
                };
            };
        };
    };
    requestPhoneChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                    currentPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "sms";
                        sentTo: string;
                        resendAfter: number;
                    };
                };
            };
        };
    };
    confirmEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                        phone: string | null;
                    };
                };
            };
        };
    };
    confirmPhoneChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                        phone: string | null;
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        /** @enum {string} */
                        database: "up" | "down";
                        /** @enum {string} */
                        redis: "up" | "down" | "disabled";
                        maintenance: {
                            enabled: boolean;
                            message: {
                                ru: string;
                                tg: string;
                            } | null;
                        };
                        version: string;
                        time: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        /** @enum {string} */
                        database: "up" | "down";
                        /** @enum {string} */
                        redis: "up" | "down" | "disabled";
                        maintenance: {
                            enabled: boolean;
                            message: {
                                ru: string;
                                tg: string;
                            } | null;
                        };
                        version: string;
                        time: string;
                    };
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            icon: string | null;
                            children: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                icon: string | null;
                                children: unknown[];
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    listCities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            districts: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            durationDays: number;
                            dailyResponseLimit: number | null;
                            priority: boolean;
                            highlighted: boolean;
                            price: number;
                            trialDays: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getMySubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "none" | "active" | "expired" | "cancelled";
                        planCode: string | null;
                        planName: {
                            ru: string;
                            tg: string;
                        } | null;
                        startsAt: string | null;
                        endsAt: string | null;
                        daysRemaining: number;
                        responsesToday: number;
                        dailyLimit: number | null;
                        canRespond: boolean;
                        trialAvailable: boolean;
                    };
                };
            };
        };
    };
    startTrial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "none" | "active" | "expired" | "cancelled";
                        planCode: string | null;
                        planName: {
                            ru: string;
                            tg: string;
                        } | null;
                        startsAt: string | null;
                        endsAt: string | null;
                        daysRemaining: number;
                        responsesToday: number;
                        dailyLimit: number | null;
                        canRespond: boolean;
                        trialAvailable: boolean;
                    };
                };
            };
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "none" | "active" | "expired" | "cancelled";
                        planCode: string | null;
                        planName: {
                            ru: string;
                            tg: string;
                        } | null;
                        startsAt: string | null;
                        endsAt: string | null;
                        daysRemaining: number;
                        responsesToday: number;
                        dailyLimit: number | null;
                        canRespond: boolean;
                        trialAvailable: boolean;
                    };
                };
            };
        };
    };
    checkout: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    planId: string;
                    /**
                     * @default card
                     * @enum {string}
                     */
                    method?: "card" | "korti_milli" | "alif_mobi" | "visa_mastercard" | "balance";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        paymentId: string;
                        redirectUrl: string;
                        /** @enum {string} */
                        status: "pending" | "succeeded";
                    };
                };
            };
        };
    };
    listMyPayments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            purpose: "plan" | "top_up";
                            plan: {
                                code: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            amount: number;
                            currency: string;
                            method: string;
                            /** @enum {string} */
                            status: "pending" | "succeeded" | "failed" | "refunded";
                            transactionId: string | null;
                            createdAt: string;
                            paidAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getMyPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        purpose: "plan" | "top_up";
                        plan: {
                            code: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        amount: number;
                        currency: string;
                        method: string;
                        /** @enum {string} */
                        status: "pending" | "succeeded" | "failed" | "refunded";
                        transactionId: string | null;
                        createdAt: string;
                        paidAt: string | null;
                    };
                };
            };
        };
    };
    listPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        methods: ("korti_milli" | "alif_mobi" | "visa_mastercard")[];
                        payOrigins: string[];
                    };
                };
            };
        };
    };
    paymentWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getSandboxPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        status: "pending" | "succeeded" | "failed" | "refunded";
                        /** @enum {string} */
                        purpose: "plan" | "top_up";
                        plan: {
                            code: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                    };
                };
            };
        };
    };
    completeSandboxPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "success" | "fail";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        status: "pending" | "succeeded" | "failed" | "refunded";
                        /** @enum {string} */
                        purpose: "plan" | "top_up";
                        plan: {
                            code: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                    };
                };
            };
        };
    };
    topUpBalance: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    /**
                     * @default card
                     * @enum {string}
                     */
                    method?: "card" | "korti_milli" | "alif_mobi" | "visa_mastercard";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        paymentId: string;
                        redirectUrl: string;
                    };
                };
            };
        };
    };
    getMyBalance: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        balance: number;
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "top_up" | "charge" | "refund";
                            amount: number;
                            balanceAfter: number;
                            paymentId: string | null;
                            note: string | null;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminListPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            durationDays: number;
                            dailyResponseLimit: number | null;
                            priority: boolean;
                            highlighted: boolean;
                            price: number;
                            trialDays: number;
                            isActive: boolean;
                            sortOrder: number;
                            description: {
                                ru: string;
                                tg: string;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminCreatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: {
                        ru: string;
                        tg: string;
                    };
                    description?: {
                        ru: string;
                        tg: string;
                    } | null;
                    durationDays: number;
                    dailyResponseLimit: number | null;
                    /** @default false */
                    priority?: boolean;
                    /** @default false */
                    highlighted?: boolean;
                    price: number;
                    /** @default 0 */
                    trialDays?: number;
                    /** @default true */
                    isActive?: boolean;
                    /** @default 100 */
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: {
                            ru: string;
                            tg: string;
                        };
                        durationDays: number;
                        dailyResponseLimit: number | null;
                        priority: boolean;
                        highlighted: boolean;
                        price: number;
                        trialDays: number;
                        isActive: boolean;
                        sortOrder: number;
                        description: {
                            ru: string;
                            tg: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
        };
    };
    adminUpdatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: {
                        ru: string;
                        tg: string;
                    };
                    description?: {
                        ru: string;
                        tg: string;
                    } | null;
                    durationDays?: number;
                    dailyResponseLimit?: number | null;
                    priority?: boolean;
                    highlighted?: boolean;
                    price?: number;
                    trialDays?: number;
                    isActive?: boolean;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: {
                            ru: string;
                            tg: string;
                        };
                        durationDays: number;
                        dailyResponseLimit: number | null;
                        priority: boolean;
                        highlighted: boolean;
                        price: number;
                        trialDays: number;
                        isActive: boolean;
                        sortOrder: number;
                        description: {
                            ru: string;
                            tg: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
        };
    };
    adminListSubscriptions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "active" | "upcoming" | "cancelled" | "expired" | "revoked";
                planId?: string;
                providerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phone: string | null;
                                email: string | null;
                            };
                            plan: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            };
                            /** @enum {string} */
                            source: "trial" | "payment" | "admin";
                            /** @enum {string} */
                            status: "active" | "upcoming" | "cancelled" | "expired" | "revoked";
                            startsAt: string;
                            endsAt: string;
                            cancelledAt: string | null;
                            revokedAt: string | null;
                            paymentId: string | null;
                            note: string | null;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminGrantSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    providerId: string;
                    /** Format: uuid */
                    planId: string;
                    days: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        /** Format: uuid */
                        planId: string;
                        /** @enum {string} */
                        source: "trial" | "payment" | "admin";
                        startsAt: string;
                        endsAt: string;
                        cancelledAt: string | null;
                        revokedAt: string | null;
                        paymentId: string | null;
                        note: string | null;
                    };
                };
            };
        };
    };
    adminRevokeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        /** Format: uuid */
                        planId: string;
                        /** @enum {string} */
                        source: "trial" | "payment" | "admin";
                        startsAt: string;
                        endsAt: string;
                        cancelledAt: string | null;
                        revokedAt: string | null;
                        paymentId: string | null;
                        note: string | null;
                    };
                };
            };
        };
    };
    adminRefundPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        paymentId: string;
                        /** @enum {string} */
                        status: "pending" | "succeeded" | "failed" | "refunded";
                        revokedPeriodId: string | null;
                    };
                };
            };
        };
    };
    listTaskResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            rejectReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                                ratingAverage: number | null;
                                reviewsCount: number;
                                completedCount: number;
                                premium: boolean;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                    price: number;
                    etaMinutes: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        taskId: string;
                        comment: string;
                        price: number;
                        etaMinutes: number;
                        /** @enum {string} */
                        status: "pending" | "selected" | "rejected" | "withdrawn";
                        rejectReason: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
        };
    };
    withdrawResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        taskId: string;
                        comment: string;
                        price: number;
                        etaMinutes: number;
                        /** @enum {string} */
                        status: "pending" | "selected" | "rejected" | "withdrawn";
                        rejectReason: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
        };
    };
    editResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    price?: number;
                    etaMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        taskId: string;
                        comment: string;
                        price: number;
                        etaMinutes: number;
                        /** @enum {string} */
                        status: "pending" | "selected" | "rejected" | "withdrawn";
                        rejectReason: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
        };
    };
    selectResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        taskId: string;
                        /** Format: uuid */
                        conversationId: string;
                    };
                };
            };
        };
    };
    rejectResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        taskId: string;
                        comment: string;
                        price: number;
                        etaMinutes: number;
                        /** @enum {string} */
                        status: "pending" | "selected" | "rejected" | "withdrawn";
                        rejectReason: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
        };
    };
    listMyResponses: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                outcome?: "pending" | "selected" | "rejected" | "not_chosen" | "withdrawn" | "task_cancelled";
                taskStatus?: "draft" | "new" | "in_progress" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            rejectReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            /** @enum {string} */
                            outcome: "pending" | "selected" | "rejected" | "not_chosen" | "withdrawn" | "task_cancelled";
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                excerpt: string;
                                /** @enum {string} */
                                status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                                category: {
                                    /** Format: uuid */
                                    id: string;
                                    name: {
                                        ru: string;
                                        tg: string;
                                    };
                                    slug: string;
                                };
                                subcategory: {
                                    /** Format: uuid */
                                    id: string;
                                    name: {
                                        ru: string;
                                        tg: string;
                                    };
                                    slug: string;
                                };
                                city: {
                                    /** Format: uuid */
                                    id: string;
                                    name: {
                                        ru: string;
                                        tg: string;
                                    };
                                };
                                district: {
                                    /** Format: uuid */
                                    id: string;
                                    name: {
                                        ru: string;
                                        tg: string;
                                    };
                                } | null;
                                /** @enum {string} */
                                budgetType: "fixed" | "negotiable";
                                budgetAmount: number | null;
                                /** @enum {string} */
                                urgency: "normal" | "urgent";
                                startsAt: string | null;
                                createdAt: string;
                                thumbnailUrl: string | null;
                                pinned: boolean;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: number;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        rating: number;
                        text: string;
                        createdAt: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                        };
                        task: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    listProviderReviews: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        }[];
                        nextCursor: string | null;
                        summary: {
                            ratingAverage: number | null;
                            reviewsCount: number;
                            breakdown: {
                                1: number;
                                2: number;
                                3: number;
                                4: number;
                                5: number;
                            };
                        };
                    };
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                categoryId?: string;
                subcategoryId?: string;
                cityId?: string;
                districtId?: string;
                urgency?: "normal" | "urgent";
                budgetMin?: number;
                budgetMax?: number;
                dateFrom?: string;
                dateTo?: string;
                q?: string;
                sort?: "newest" | "budget_desc" | "budget_asc" | "date";
                matching?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            excerpt: string;
                            /** @enum {string} */
                            status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                slug: string;
                            };
                            subcategory: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                slug: string;
                            };
                            city: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            };
                            district: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            /** @enum {string} */
                            budgetType: "fixed" | "negotiable";
                            budgetAmount: number | null;
                            /** @enum {string} */
                            urgency: "normal" | "urgent";
                            startsAt: string | null;
                            createdAt: string;
                            thumbnailUrl: string | null;
                            pinned: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    /** Format: uuid */
                    categoryId: string;
                    /** Format: uuid */
                    subcategoryId: string;
                    /** Format: uuid */
                    cityId: string;
                    districtId?: string | null;
                    address?: string | null;
                    /** @enum {string} */
                    budgetType: "fixed" | "negotiable";
                    budgetAmount?: number | null;
                    startsAt?: string | null;
                    endsAt?: string | null;
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    urgency?: "normal" | "urgent";
                    /** @default [] */
                    attachmentIds?: string[];
                    /**
                     * @default new
                     * @enum {string}
                     */
                    status?: "draft" | "new";
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        excerpt: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        createdAt: string;
                        thumbnailUrl: string | null;
                        pinned: boolean;
                        description: string;
                        address: string | null;
                        endsAt: string | null;
                        photos: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        }[];
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            tasksPosted: number;
                            memberSince: string;
                        };
                        publishedAt: string | null;
                        updatedAt: string;
                        cancelReason: string | null;
                        isOwner: boolean;
                        responsesCount: number;
                        myResponse: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            rejectReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } | null;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                            premium: boolean;
                        } | null;
                        conversationId: string | null;
                        contacts: {
                            phone: string | null;
                            email: string | null;
                        } | null;
                        completionRequestedAt: string | null;
                        review: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        } | null;
                        hidden: {
                            at: string;
                            reason: string | null;
                        } | null;
                        can: {
                            edit: boolean;
                            publish: boolean;
                            cancel: boolean;
                            decideResponses: boolean;
                            complete: boolean;
                            requestCompletion: boolean;
                            respond: boolean;
                            changeResponse: boolean;
                            review: boolean;
                            report: boolean;
                        };
                    };
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        excerpt: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        createdAt: string;
                        thumbnailUrl: string | null;
                        pinned: boolean;
                        description: string;
                        address: string | null;
                        endsAt: string | null;
                        photos: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        }[];
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            tasksPosted: number;
                            memberSince: string;
                        };
                        publishedAt: string | null;
                        updatedAt: string;
                        cancelReason: string | null;
                        isOwner: boolean;
                        responsesCount: number;
                        myResponse: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            rejectReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } | null;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                            premium: boolean;
                        } | null;
                        conversationId: string | null;
                        contacts: {
                            phone: string | null;
                            email: string | null;
                        } | null;
                        completionRequestedAt: string | null;
                        review: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        } | null;
                        hidden: {
                            at: string;
                            reason: string | null;
                        } | null;
                        can: {
                            edit: boolean;
                            publish: boolean;
                            cancel: boolean;
                            decideResponses: boolean;
                            complete: boolean;
                            requestCompletion: boolean;
                            respond: boolean;
                            changeResponse: boolean;
                            review: boolean;
                            report: boolean;
                        };
                    };
                };
            };
        };
    };
    editTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    /** Format: uuid */
                    categoryId?: string;
                    /** Format: uuid */
                    subcategoryId?: string;
                    /** Format: uuid */
                    cityId?: string;
                    districtId?: string | null;
                    address?: string | null;
                    /** @enum {string} */
                    budgetType?: "fixed" | "negotiable";
                    budgetAmount?: number | null;
                    startsAt?: string | null;
                    endsAt?: string | null;
                    /** @enum {string} */
                    urgency?: "normal" | "urgent";
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        excerpt: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        createdAt: string;
                        thumbnailUrl: string | null;
                        pinned: boolean;
                        description: string;
                        address: string | null;
                        endsAt: string | null;
                        photos: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        }[];
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            tasksPosted: number;
                            memberSince: string;
                        };
                        publishedAt: string | null;
                        updatedAt: string;
                        cancelReason: string | null;
                        isOwner: boolean;
                        responsesCount: number;
                        myResponse: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            rejectReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } | null;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                            premium: boolean;
                        } | null;
                        conversationId: string | null;
                        contacts: {
                            phone: string | null;
                            email: string | null;
                        } | null;
                        completionRequestedAt: string | null;
                        review: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        } | null;
                        hidden: {
                            at: string;
                            reason: string | null;
                        } | null;
                        can: {
                            edit: boolean;
                            publish: boolean;
                            cancel: boolean;
                            decideResponses: boolean;
                            complete: boolean;
                            requestCompletion: boolean;
                            respond: boolean;
                            changeResponse: boolean;
                            review: boolean;
                            report: boolean;
                        };
                    };
                };
            };
        };
    };
    changeTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        excerpt: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        createdAt: string;
                        thumbnailUrl: string | null;
                        pinned: boolean;
                        description: string;
                        address: string | null;
                        endsAt: string | null;
                        photos: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        }[];
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            tasksPosted: number;
                            memberSince: string;
                        };
                        publishedAt: string | null;
                        updatedAt: string;
                        cancelReason: string | null;
                        isOwner: boolean;
                        responsesCount: number;
                        myResponse: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            rejectReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } | null;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                            premium: boolean;
                        } | null;
                        conversationId: string | null;
                        contacts: {
                            phone: string | null;
                            email: string | null;
                        } | null;
                        completionRequestedAt: string | null;
                        review: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        } | null;
                        hidden: {
                            at: string;
                            reason: string | null;
                        } | null;
                        can: {
                            edit: boolean;
                            publish: boolean;
                            cancel: boolean;
                            decideResponses: boolean;
                            complete: boolean;
                            requestCompletion: boolean;
                            respond: boolean;
                            changeResponse: boolean;
                            review: boolean;
                            report: boolean;
                        };
                    };
                };
            };
        };
    };
    requestTaskCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        excerpt: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            slug: string;
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        createdAt: string;
                        thumbnailUrl: string | null;
                        pinned: boolean;
                        description: string;
                        address: string | null;
                        endsAt: string | null;
                        photos: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        }[];
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            tasksPosted: number;
                            memberSince: string;
                        };
                        publishedAt: string | null;
                        updatedAt: string;
                        cancelReason: string | null;
                        isOwner: boolean;
                        responsesCount: number;
                        myResponse: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            rejectReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } | null;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatarUrl: string | null;
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                            premium: boolean;
                        } | null;
                        conversationId: string | null;
                        contacts: {
                            phone: string | null;
                            email: string | null;
                        } | null;
                        completionRequestedAt: string | null;
                        review: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        } | null;
                        hidden: {
                            at: string;
                            reason: string | null;
                        } | null;
                        can: {
                            edit: boolean;
                            publish: boolean;
                            cancel: boolean;
                            decideResponses: boolean;
                            complete: boolean;
                            requestCompletion: boolean;
                            respond: boolean;
                            changeResponse: boolean;
                            review: boolean;
                            report: boolean;
                        };
                    };
                };
            };
        };
    };
    listMyTasks: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "draft" | "new" | "in_progress" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            excerpt: string;
                            /** @enum {string} */
                            status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                slug: string;
                            };
                            subcategory: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                slug: string;
                            };
                            city: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            };
                            district: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            /** @enum {string} */
                            budgetType: "fixed" | "negotiable";
                            budgetAmount: number | null;
                            /** @enum {string} */
                            urgency: "normal" | "urgent";
                            startsAt: string | null;
                            createdAt: string;
                            thumbnailUrl: string | null;
                            pinned: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                unread?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "task.matching" | "response.new" | "response.selected" | "response.not_chosen" | "response.rejected" | "task.completion_requested" | "task.completed" | "review.new" | "chat.message" | "subscription.activated" | "subscription.expiring" | "subscription.expired" | "payment.succeeded" | "payment.failed" | "account.warning";
                            link: string;
                            params: {
                                [key: string]: string | number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            readAt: string | null;
                        }[];
                        nextCursor: string | null;
                        unreadCount: number;
                        matchingTasks: {
                            count: number;
                            capped: boolean;
                            latest: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: date-time */
                                publishedAt: string;
                            }[];
                            seenUpTo: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: string[];
                    /** @enum {boolean} */
                    all?: true;
                    /** @enum {boolean} */
                    matchingTasks?: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unreadCount: number;
                        matchingTasks: {
                            count: number;
                            capped: boolean;
                            latest: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** Format: date-time */
                                publishedAt: string;
                            }[];
                            seenUpTo: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    getPushPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        publicKey: string;
                    };
                };
            };
        };
    };
    savePushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    endpoint: string;
                    expirationTime?: number | null;
                    keys: {
                        p256dh: string;
                        auth: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deletePushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    endpoint: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            [key: string]: {
                                email: boolean;
                                sms: boolean;
                                push: boolean;
                            };
                        };
                        quietHours: {
                            enabled: boolean;
                            from: string;
                            to: string;
                        };
                        /** @enum {string} */
                        taskDigest: "instant" | "daily";
                    };
                };
            };
        };
    };
    saveNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channels: {
                        [key: string]: {
                            email: boolean;
                            sms: boolean;
                            push: boolean;
                        };
                    };
                    quietHours: {
                        enabled: boolean;
                        from: string;
                        to: string;
                    };
                    /** @enum {string} */
                    taskDigest: "instant" | "daily";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            [key: string]: {
                                email: boolean;
                                sms: boolean;
                                push: boolean;
                            };
                        };
                        quietHours: {
                            enabled: boolean;
                            from: string;
                            to: string;
                        };
                        /** @enum {string} */
                        taskDigest: "instant" | "daily";
                    };
                };
            };
        };
    };
    unsubscribeNotificationEmail: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page saying the emails stopped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A page saying the link is not valid (in Russian and Tajik) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    unsubscribeNotificationEmailOneClick: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `ok` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `invalid`: the signed token is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                            };
                            counterpart: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatar: {
                                    /** Format: uuid */
                                    id: string;
                                    small: string;
                                    medium: string;
                                    large: string;
                                    width: number;
                                    height: number;
                                } | null;
                            };
                            lastMessage: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                conversationId: string;
                                /** Format: uuid */
                                senderId: string;
                                text: string | null;
                                image: {
                                    /** Format: uuid */
                                    id: string;
                                    small: string;
                                    medium: string;
                                    large: string;
                                    width: number;
                                    height: number;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            } | null;
                            /** Format: date-time */
                            lastMessageAt: string;
                            unreadCount: number;
                            counterpartReadAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        task: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        };
                        counterpart: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatar: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            } | null;
                        };
                        lastMessage: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            conversationId: string;
                            /** Format: uuid */
                            senderId: string;
                            text: string | null;
                            image: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                        } | null;
                        /** Format: date-time */
                        lastMessageAt: string;
                        unreadCount: number;
                        counterpartReadAt: string | null;
                    };
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                after?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            conversationId: string;
                            /** Format: uuid */
                            senderId: string;
                            text: string | null;
                            image: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text?: string;
                    /** Format: uuid */
                    attachmentId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        conversationId: string;
                        /** Format: uuid */
                        senderId: string;
                        text: string | null;
                        image: {
                            /** Format: uuid */
                            id: string;
                            small: string;
                            medium: string;
                            large: string;
                            width: number;
                            height: number;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
        };
    };
    uploadChatImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        small: string;
                        medium: string;
                        large: string;
                        width: number;
                        height: number;
                    };
                };
            };
        };
    };
    markConversationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        task: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        };
                        counterpart: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            avatar: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            } | null;
                        };
                        lastMessage: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            conversationId: string;
                            /** Format: uuid */
                            senderId: string;
                            text: string | null;
                            image: {
                                /** Format: uuid */
                                id: string;
                                small: string;
                                medium: string;
                                large: string;
                                width: number;
                                height: number;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                        } | null;
                        /** Format: date-time */
                        lastMessageAt: string;
                        unreadCount: number;
                        counterpartReadAt: string | null;
                    };
                };
            };
        };
    };
    getMyStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "provider";
                        responsesSent: number;
                        selected: number;
                        inProgress: number;
                        completed: number;
                        ratingAverage: number | null;
                        reviewsCount: number;
                    } | {
                        /** @enum {string} */
                        role: "customer";
                        tasksPosted: number;
                        open: number;
                        inProgress: number;
                        completed: number;
                        reviewsGiven: number;
                    };
                };
            };
        };
    };
    listGivenReviews: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                avatarUrl: string | null;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminListUsers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
                role?: "customer" | "provider" | "admin";
                status?: "active" | "blocked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "customer" | "provider" | "admin";
                            /** @enum {string} */
                            status: "active" | "blocked";
                            name: string;
                            email: string | null;
                            phone: string | null;
                            emailVerifiedAt: string | null;
                            phoneVerifiedAt: string | null;
                            createdAt: string;
                            blockedAt: string | null;
                            verified: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "customer" | "provider" | "admin";
                        /** @enum {string} */
                        status: "active" | "blocked";
                        name: string;
                        email: string | null;
                        phone: string | null;
                        emailVerifiedAt: string | null;
                        phoneVerifiedAt: string | null;
                        createdAt: string;
                        blockedAt: string | null;
                        verified: boolean;
                        /** @enum {string} */
                        locale: "ru" | "tg";
                        blockReason: string | null;
                        provider: {
                            description: string;
                            skills: string[];
                            ratingAverage: number | null;
                            reviewsCount: number;
                            completedCount: number;
                            verifiedAt: string | null;
                        } | null;
                        tasks: {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                                createdAt: string;
                                hiddenAt: string | null;
                                hiddenCause: ("admin" | "owner_blocked") | null;
                            }[];
                        };
                        responses: {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                taskId: string;
                                taskTitle: string;
                                /** @enum {string} */
                                status: "pending" | "selected" | "rejected" | "withdrawn";
                                price: number;
                                createdAt: string;
                            }[];
                        };
                        subscriptions: {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                planCode: string;
                                planName: {
                                    ru: string;
                                    tg: string;
                                };
                                /** @enum {string} */
                                source: "trial" | "payment" | "admin";
                                startsAt: string;
                                endsAt: string;
                                cancelledAt: string | null;
                                revokedAt: string | null;
                                note: string | null;
                            }[];
                        };
                        payments: {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                purpose: "plan" | "top_up";
                                planCode: string | null;
                                amount: number;
                                currency: string;
                                method: string;
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed" | "refunded";
                                createdAt: string;
                                paidAt: string | null;
                            }[];
                        };
                        complaintsAbout: {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                source: "user" | "stop_word";
                                /** @enum {string} */
                                targetType: "task" | "user" | "review" | "message" | "response";
                                /** Format: uuid */
                                targetId: string;
                                reason: string;
                                text: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved" | "rejected";
                                createdAt: string;
                            }[];
                        };
                        complaintsBy: {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                source: "user" | "stop_word";
                                /** @enum {string} */
                                targetType: "task" | "user" | "review" | "message" | "response";
                                /** Format: uuid */
                                targetId: string;
                                reason: string;
                                text: string | null;
                                /** @enum {string} */
                                status: "open" | "resolved" | "rejected";
                                createdAt: string;
                            }[];
                        };
                        audit: {
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "customer" | "provider" | "admin";
                                } | null;
                                action: string;
                                targetType: string | null;
                                targetId: string | null;
                                ip: string | null;
                                userAgent: string | null;
                                before: unknown;
                                after: unknown;
                                meta: unknown;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    adminBlockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "customer" | "provider" | "admin";
                            /** @enum {string} */
                            status: "active" | "blocked";
                            name: string;
                            email: string | null;
                            phone: string | null;
                            emailVerifiedAt: string | null;
                            phoneVerifiedAt: string | null;
                            createdAt: string;
                            blockedAt: string | null;
                            verified: boolean;
                        };
                        tasksAffected: number;
                    };
                };
            };
        };
    };
    adminUnblockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            role: "customer" | "provider" | "admin";
                            /** @enum {string} */
                            status: "active" | "blocked";
                            name: string;
                            email: string | null;
                            phone: string | null;
                            emailVerifiedAt: string | null;
                            phoneVerifiedAt: string | null;
                            createdAt: string;
                            blockedAt: string | null;
                            verified: boolean;
                        };
                        tasksAffected: number;
                    };
                };
            };
        };
    };
    adminVerifyProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "customer" | "provider" | "admin";
                        /** @enum {string} */
                        status: "active" | "blocked";
                        name: string;
                        email: string | null;
                        phone: string | null;
                        emailVerifiedAt: string | null;
                        phoneVerifiedAt: string | null;
                        createdAt: string;
                        blockedAt: string | null;
                        verified: boolean;
                    };
                };
            };
        };
    };
    adminUnverifyProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        role: "customer" | "provider" | "admin";
                        /** @enum {string} */
                        status: "active" | "blocked";
                        name: string;
                        email: string | null;
                        phone: string | null;
                        emailVerifiedAt: string | null;
                        phoneVerifiedAt: string | null;
                        createdAt: string;
                        blockedAt: string | null;
                        verified: boolean;
                    };
                };
            };
        };
    };
    adminListAuditLog: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                actorId?: string;
                action?: string;
                targetId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            actor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "customer" | "provider" | "admin";
                            } | null;
                            action: string;
                            targetType: string | null;
                            targetId: string | null;
                            ip: string | null;
                            userAgent: string | null;
                            before: unknown;
                            after: unknown;
                            meta: unknown;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminListTasks: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
                status?: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                hidden?: string;
                categoryId?: string;
                cityId?: string;
                customerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                            hidden: {
                                at: string;
                                /** @enum {string} */
                                cause: "admin" | "owner_blocked";
                                reason: string | null;
                            } | null;
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            };
                            subcategory: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            };
                            city: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            budgetType: "fixed" | "negotiable";
                            budgetAmount: number | null;
                            responsesCount: number;
                            createdAt: string;
                            publishedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminGetTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        hidden: {
                            at: string;
                            /** @enum {string} */
                            cause: "admin" | "owner_blocked";
                            reason: string | null;
                        } | null;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        };
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        responsesCount: number;
                        createdAt: string;
                        publishedAt: string | null;
                        description: string;
                        address: string | null;
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        endsAt: string | null;
                        cancelReason: string | null;
                        closedAt: string | null;
                        updatedAt: string;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        responses: {
                            /** Format: uuid */
                            id: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            flaggedAt: string | null;
                            flagReason: string | null;
                            createdAt: string;
                        }[];
                        complaints: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "user" | "stop_word";
                            reporter: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reason: string;
                            text: string | null;
                            matchedWords: string[] | null;
                            /** @enum {string} */
                            status: "open" | "resolved" | "rejected";
                            resolutionNote: string | null;
                            createdAt: string;
                        }[];
                        audit: {
                            /** Format: uuid */
                            id: string;
                            action: string;
                            actor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            ip: string | null;
                            before: unknown;
                            after: unknown;
                            createdAt: string;
                        }[];
                        can: {
                            hide: boolean;
                            unhide: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
        };
    };
    adminHideTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        hidden: {
                            at: string;
                            /** @enum {string} */
                            cause: "admin" | "owner_blocked";
                            reason: string | null;
                        } | null;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        };
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        responsesCount: number;
                        createdAt: string;
                        publishedAt: string | null;
                        description: string;
                        address: string | null;
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        endsAt: string | null;
                        cancelReason: string | null;
                        closedAt: string | null;
                        updatedAt: string;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        responses: {
                            /** Format: uuid */
                            id: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            flaggedAt: string | null;
                            flagReason: string | null;
                            createdAt: string;
                        }[];
                        complaints: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "user" | "stop_word";
                            reporter: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reason: string;
                            text: string | null;
                            matchedWords: string[] | null;
                            /** @enum {string} */
                            status: "open" | "resolved" | "rejected";
                            resolutionNote: string | null;
                            createdAt: string;
                        }[];
                        audit: {
                            /** Format: uuid */
                            id: string;
                            action: string;
                            actor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            ip: string | null;
                            before: unknown;
                            after: unknown;
                            createdAt: string;
                        }[];
                        can: {
                            hide: boolean;
                            unhide: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
        };
    };
    adminUnhideTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        hidden: {
                            at: string;
                            /** @enum {string} */
                            cause: "admin" | "owner_blocked";
                            reason: string | null;
                        } | null;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        };
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        responsesCount: number;
                        createdAt: string;
                        publishedAt: string | null;
                        description: string;
                        address: string | null;
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        endsAt: string | null;
                        cancelReason: string | null;
                        closedAt: string | null;
                        updatedAt: string;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        responses: {
                            /** Format: uuid */
                            id: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            flaggedAt: string | null;
                            flagReason: string | null;
                            createdAt: string;
                        }[];
                        complaints: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "user" | "stop_word";
                            reporter: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reason: string;
                            text: string | null;
                            matchedWords: string[] | null;
                            /** @enum {string} */
                            status: "open" | "resolved" | "rejected";
                            resolutionNote: string | null;
                            createdAt: string;
                        }[];
                        audit: {
                            /** Format: uuid */
                            id: string;
                            action: string;
                            actor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            ip: string | null;
                            before: unknown;
                            after: unknown;
                            createdAt: string;
                        }[];
                        can: {
                            hide: boolean;
                            unhide: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
        };
    };
    adminCancelTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "new" | "in_progress" | "completed" | "cancelled";
                        hidden: {
                            at: string;
                            /** @enum {string} */
                            cause: "admin" | "owner_blocked";
                            reason: string | null;
                        } | null;
                        category: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        subcategory: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        city: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        };
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        };
                        /** @enum {string} */
                        budgetType: "fixed" | "negotiable";
                        budgetAmount: number | null;
                        responsesCount: number;
                        createdAt: string;
                        publishedAt: string | null;
                        description: string;
                        address: string | null;
                        district: {
                            /** Format: uuid */
                            id: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                        } | null;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                        startsAt: string | null;
                        endsAt: string | null;
                        cancelReason: string | null;
                        closedAt: string | null;
                        updatedAt: string;
                        selectedProvider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        responses: {
                            /** Format: uuid */
                            id: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            comment: string;
                            price: number;
                            etaMinutes: number;
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            flaggedAt: string | null;
                            flagReason: string | null;
                            createdAt: string;
                        }[];
                        complaints: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "user" | "stop_word";
                            reporter: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reason: string;
                            text: string | null;
                            matchedWords: string[] | null;
                            /** @enum {string} */
                            status: "open" | "resolved" | "rejected";
                            resolutionNote: string | null;
                            createdAt: string;
                        }[];
                        audit: {
                            /** Format: uuid */
                            id: string;
                            action: string;
                            actor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            ip: string | null;
                            before: unknown;
                            after: unknown;
                            createdAt: string;
                        }[];
                        can: {
                            hide: boolean;
                            unhide: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
        };
    };
    adminListCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            slug: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            icon: string | null;
                            sortOrder: number;
                            isActive: boolean;
                            takesNewTasks: boolean;
                            tasksCount: number;
                            children: {
                                /** Format: uuid */
                                id: string;
                                parentId: string | null;
                                slug: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                icon: string | null;
                                sortOrder: number;
                                isActive: boolean;
                                takesNewTasks: boolean;
                                tasksCount: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminCreateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId?: string | null;
                    slug?: string;
                    name: {
                        ru: string;
                        tg: string;
                    };
                    icon?: ("repair" | "plumbing" | "cleaning" | "moving" | "courier" | "appliance" | "computer" | "beauty" | "tutor" | "event" | "design" | "auto" | "garden" | "business") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        parentId: string | null;
                        slug: string;
                        name: {
                            ru: string;
                            tg: string;
                        };
                        icon: string | null;
                        sortOrder: number;
                        isActive: boolean;
                        takesNewTasks: boolean;
                        tasksCount: number;
                    };
                };
            };
        };
    };
    adminUpdateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: {
                        ru: string;
                        tg: string;
                    };
                    icon?: ("repair" | "plumbing" | "cleaning" | "moving" | "courier" | "appliance" | "computer" | "beauty" | "tutor" | "event" | "design" | "auto" | "garden" | "business") | null;
                    isActive?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        parentId: string | null;
                        slug: string;
                        name: {
                            ru: string;
                            tg: string;
                        };
                        icon: string | null;
                        sortOrder: number;
                        isActive: boolean;
                        takesNewTasks: boolean;
                        tasksCount: number;
                    };
                };
            };
        };
    };
    adminReorderCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId: string | null;
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            slug: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            icon: string | null;
                            sortOrder: number;
                            isActive: boolean;
                            takesNewTasks: boolean;
                            tasksCount: number;
                            children: {
                                /** Format: uuid */
                                id: string;
                                parentId: string | null;
                                slug: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                                icon: string | null;
                                sortOrder: number;
                                isActive: boolean;
                                takesNewTasks: boolean;
                                tasksCount: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminListComplaints: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "open" | "resolved" | "rejected";
                source?: "user" | "stop_word";
                targetType?: "task" | "user" | "review" | "message" | "response";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "user" | "stop_word";
                            /** @enum {string} */
                            status: "open" | "resolved" | "rejected";
                            /** @enum {string} */
                            targetType: "task" | "user" | "review" | "message" | "response";
                            /** Format: uuid */
                            targetId: string;
                            reason: string;
                            text: string | null;
                            matchedWords: string[];
                            createdAt: string;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            resolvedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            reporter: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "blocked";
                            } | null;
                            context: {
                                title: string;
                                excerpt: string | null;
                                hidden: boolean;
                                adminPath: string;
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminGetComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        source: "user" | "stop_word";
                        /** @enum {string} */
                        status: "open" | "resolved" | "rejected";
                        /** @enum {string} */
                        targetType: "task" | "user" | "review" | "message" | "response";
                        /** Format: uuid */
                        targetId: string;
                        reason: string;
                        text: string | null;
                        matchedWords: string[];
                        createdAt: string;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        reporter: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        } | null;
                        context: {
                            title: string;
                            excerpt: string | null;
                            hidden: boolean;
                            adminPath: string;
                        } | null;
                    };
                };
            };
        };
    };
    adminResolveComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        source: "user" | "stop_word";
                        /** @enum {string} */
                        status: "open" | "resolved" | "rejected";
                        /** @enum {string} */
                        targetType: "task" | "user" | "review" | "message" | "response";
                        /** Format: uuid */
                        targetId: string;
                        reason: string;
                        text: string | null;
                        matchedWords: string[];
                        createdAt: string;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        reporter: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        } | null;
                        context: {
                            title: string;
                            excerpt: string | null;
                            hidden: boolean;
                            adminPath: string;
                        } | null;
                    };
                };
            };
        };
    };
    adminRejectComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        source: "user" | "stop_word";
                        /** @enum {string} */
                        status: "open" | "resolved" | "rejected";
                        /** @enum {string} */
                        targetType: "task" | "user" | "review" | "message" | "response";
                        /** Format: uuid */
                        targetId: string;
                        reason: string;
                        text: string | null;
                        matchedWords: string[];
                        createdAt: string;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        reporter: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        } | null;
                        context: {
                            title: string;
                            excerpt: string | null;
                            hidden: boolean;
                            adminPath: string;
                        } | null;
                    };
                };
            };
        };
    };
    adminListReviews: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                hidden?: string;
                providerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            rating: number;
                            text: string;
                            createdAt: string;
                            hiddenAt: string | null;
                            hiddenReason: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            task: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminHideReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        rating: number;
                        text: string;
                        createdAt: string;
                        hiddenAt: string | null;
                        hiddenReason: string | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        task: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    adminUnhideReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        rating: number;
                        text: string;
                        createdAt: string;
                        hiddenAt: string | null;
                        hiddenReason: string | null;
                        customer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        task: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                    };
                };
            };
        };
    };
    adminListStopWords: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                locale?: "ru" | "tg";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            word: string;
                            /** @enum {string} */
                            locale: "ru" | "tg";
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminCreateStopWord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    word: string;
                    /** @enum {string} */
                    locale: "ru" | "tg";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        word: string;
                        /** @enum {string} */
                        locale: "ru" | "tg";
                        createdAt: string;
                    };
                };
            };
        };
    };
    adminDeleteStopWord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    adminWarnUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        notificationId: string;
                    };
                };
            };
        };
    };
    adminStats: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        /** @enum {string} */
                        timeZone: "Asia/Dushanbe";
                        days: {
                            day: string;
                            newCustomers: number;
                            newProviders: number;
                            tasksPublished: number;
                            tasksCompleted: number;
                            tasksCancelled: number;
                            responses: number;
                            revenueGross: number;
                            refunds: number;
                            revenue: number;
                        }[];
                        totals: {
                            newCustomers: number;
                            newProviders: number;
                            tasksPublished: number;
                            tasksCompleted: number;
                            tasksCancelled: number;
                            responses: number;
                            revenueGross: number;
                            refunds: number;
                            revenue: number;
                        };
                        conversion: {
                            published: number;
                            selected: number;
                            completed: number;
                        };
                        activeSubscriptions: {
                            /** Format: uuid */
                            planId: string;
                            code: string;
                            name: {
                                ru: string;
                                tg: string;
                            };
                            active: number;
                            trial: number;
                        }[];
                        generatedAt: string;
                    };
                };
            };
        };
    };
    adminListPayments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "pending" | "succeeded" | "failed" | "refunded";
                purpose?: "plan" | "top_up";
                providerId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            user: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phone: string | null;
                                email: string | null;
                            };
                            /** @enum {string} */
                            purpose: "plan" | "top_up";
                            plan: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: {
                                    ru: string;
                                    tg: string;
                                };
                            } | null;
                            amount: number;
                            currency: string;
                            provider: string;
                            method: string;
                            /** @enum {string} */
                            status: "pending" | "succeeded" | "failed" | "refunded";
                            transactionId: string | null;
                            failureReason: string | null;
                            createdAt: string;
                            paidAt: string | null;
                            refundedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    adminExportPayments: {
        parameters: {
            query?: {
                status?: "pending" | "succeeded" | "failed" | "refunded";
                purpose?: "plan" | "top_up";
                providerId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    adminGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        maintenance: {
                            enabled: boolean;
                            message: {
                                ru: string;
                                tg: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    adminUpdateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    maintenance: {
                        enabled: boolean;
                        message?: {
                            ru: string;
                            tg: string;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        maintenance: {
                            enabled: boolean;
                            message: {
                                ru: string;
                                tg: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    createComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a different request answers 422 `idempotency.key_reused`; while the first is still running, 409 `idempotency.in_progress` with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    targetType: "task" | "user" | "review" | "message";
                    /** Format: uuid */
                    targetId: string;
                    /** @enum {string} */
                    reason: "spam" | "fraud" | "offensive" | "contacts" | "other";
                    text?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "open" | "resolved" | "rejected";
                        createdAt: string;
                    };
                };
            };
        };
    };
    listDevOutbox: {
        parameters: {
            query?: {
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            channel: "email" | "sms";
                            to: string;
                            subject?: string | null;
                            text: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
        };
    };
}
