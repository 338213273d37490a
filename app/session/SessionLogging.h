#pragma once

#include <QLoggingCategory>

// Sign-in, tokens and the keychain. Nothing logged here ever contains a token,
// an authorization code, a verifier or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
