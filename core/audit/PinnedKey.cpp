#include "PinnedKey.h"

#include "Ed25519Key.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace gatehouse {

namespace {

Error pinError(const QString &detail)
{
    return Error{u"audit.pin"_qs,
                 QCoreApplication::translate(
                     "PinnedKey", "The pinned audit key must be a public key file (PEM) or a "
                                  "64-digit SHA-256 fingerprint.") +
                     u" ("_qs + detail + u")"_qs,
                 detail};
}

QString normalizedFingerprint(QString text)
{
    text = text.trimmed().toLower();
    if (text.startsWith(u"sha256:"))
        text = text.mid(7);
    text.remove(u':');
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_qs);
    return hex.match(text).hasMatch() ? text : QString();
}

} // namespace

Result<PinnedKey> PinnedKey::parse(const QString &spec)
{
    if (const QString fp = normalizedFingerprint(spec); !fp.isEmpty())
        return fromFingerprint(fp);
    QFile file(spec);
    if (!file.open(QIODevice::ReadOnly))
        return pinError(spec + u": "_qs + file.errorString());
    const auto pinned = fromPem(file.readAll());
    if (!pinned)
        return pinError(spec + u": "_qs + pinned.error().detail);
    return pinned;
}

PinnedKey PinnedKey::fromFingerprint(const QString &hex)
{
    PinnedKey key;
    key.m_fingerprint = normalizedFingerprint(hex);
    return key;
}

Result<PinnedKey> PinnedKey::fromPem(const QByteArray &pem)
{
    const auto key = Ed25519Key::fromPublicKeyPem(pem);
    if (!key)
        return key.error();
    return fromFingerprint(key->fingerprint());
}

bool PinnedKey::matches(const QByteArray &rawPublicKey) const
{
    return !m_fingerprint.isEmpty() && rawPublicKey.size() == 32 &&
           Ed25519Key::fingerprintOf(rawPublicKey) == m_fingerprint;
}

QString shortFingerprint(const QString &hex)
{
    return hex.left(8) + u"\u2026"_qs;
}

} // namespace gatehouse
