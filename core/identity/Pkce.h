#pragma once

#include <QByteArray>

namespace gatehouse::pkce {

// `bytes` bytes from the operating system's CSPRNG, base64url without padding.
// 32 bytes give the 256 bits RFC 9700 asks of state, nonce and verifier.
QByteArray randomToken(int bytes = 32);

// RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))).
QByteArray challengeS256(const QByteArray &verifier);

} // namespace gatehouse::pkce
