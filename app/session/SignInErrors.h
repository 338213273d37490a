#pragma once

#include "Error.h"

namespace gatehouse::signin {

// Error codes of sign-in and of the session; each has one sentence for the UI
// and its own exit code on the command line.
inline const QString kUnreachable = u"signin.unreachable"_qs;
inline const QString kCancelled = u"signin.cancelled"_qs;
inline const QString kTimedOut = u"signin.timeout"_qs;
inline const QString kDenied = u"signin.denied"_qs;
inline const QString kStateMismatch = u"signin.state_mismatch"_qs;
inline const QString kIssuerMismatch = u"signin.issuer_mismatch"_qs;
inline const QString kTokenRejected = u"signin.token_rejected"_qs;
inline const QString kCodeRejected = u"signin.code_rejected"_qs;
inline const QString kKeychainUnavailable = u"keychain.unavailable"_qs;
inline const QString kSessionEnded = u"session.ended"_qs;
inline const QString kNotSignedIn = u"session.none"_qs;
inline const QString kProviderError = u"signin.provider_error"_qs;
inline const QString kBrowser = u"signin.browser"_qs;

// Exit codes of `gatehouse login | whoami | logout`, printed by --help.
enum Exit {
    ExitUnreachable = 10,
    ExitCancelled = 11,
    ExitTimedOut = 12,
    ExitDenied = 13,
    ExitStateMismatch = 14,
    ExitIssuerMismatch = 15,
    ExitTokenRejected = 16,
    ExitKeychainUnavailable = 17,
    ExitSessionEnded = 18,
    ExitNotSignedIn = 19,
    ExitProviderError = 20,
    ExitCodeRejected = 21,
};

int exitCodeFor(const Error &error);

// Turns what a network job or the token validator reported into a sign-in
// error: the code tells what kind of failure, the sentence says it plainly.
Error fromNetwork(const Error &error);
// The same for the exchange of the authorization code: `invalid_grant` there
// means the code was not accepted (used already, expired, or not issued for
// this sign-in), not that a session ended.
Error fromCodeExchange(const Error &error);
Error fromTokenCheck(const Error &error);

} // namespace gatehouse::signin
