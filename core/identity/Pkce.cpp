#include "Pkce.h"

#include "Base64Url.h"

#include <QCryptographicHash>

#include <openssl/rand.h>
#include <stdexcept>

namespace gatehouse::pkce {

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        throw std::runtime_error("the system random number generator failed");
    return base64url::encode(raw);
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return base64url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

} // namespace gatehouse::pkce
