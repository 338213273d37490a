#include "KeyRotation.h"

#include "Ed25519Key.h"
#include "grants/Grant.h"
#include "identity/Base64Url.h"

namespace gatehouse::keyrotation {

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(base64url::encode(bytes));
}

QByteArray unb64(const QJsonValue &v)
{
    const auto bytes = base64url::decode(v.toString().toLatin1());
    return bytes ? *bytes : QByteArray();
}

} // namespace

QByteArray statement(qint64 seq, const QString &prevHash, const QDateTime &at,
                     const QString &oldFingerprint, const QString &newFingerprint)
{
    return "gatehouse-audit-key-rotation/v1\n" + QByteArray::number(seq) + '\n' +
           prevHash.toLatin1() + '\n' + formatTime(at).toLatin1() + '\n' +
           oldFingerprint.toLatin1() + '\n' + newFingerprint.toLatin1();
}

void fill(AuditRecord &r, const Ed25519Key &oldKey, const Ed25519Key &newKey)
{
    const QByteArray text =
        statement(r.seq, r.prevHash, r.time, oldKey.fingerprint(), newKey.fingerprint());
    r.action = kAction;
    r.objectType = kObjectType;
    r.objectId = newKey.fingerprint();
    r.before = QJsonObject{{u"fingerprint"_qs, oldKey.fingerprint()},
                           {u"public_key"_qs, b64(oldKey.publicKey())}};
    r.after = QJsonObject{{u"fingerprint"_qs, newKey.fingerprint()},
                          {u"public_key"_qs, b64(newKey.publicKey())},
                          {u"signed_by_previous"_qs, b64(oldKey.sign(text))},
                          {u"signed_by_new"_qs, b64(newKey.sign(text))}};
}

Check check(const AuditRecord &r)
{
    Check c;
    const QJsonObject before = r.before.toObject();
    const QJsonObject after = r.after.toObject();
    c.oldKey = unb64(before.value(u"public_key"));
    c.newKey = unb64(after.value(u"public_key"));
    const auto oldKey = Ed25519Key::fromPublicKey(c.oldKey);
    const auto newKey = Ed25519Key::fromPublicKey(c.newKey);
    if (!oldKey || !newKey) {
        c.problem = u"key rotation record does not hold two public keys"_qs;
        return c;
    }
    if (before.value(u"fingerprint").toString() != oldKey->fingerprint() ||
        after.value(u"fingerprint").toString() != newKey->fingerprint() ||
        r.objectId != newKey->fingerprint()) {
        c.problem = u"key rotation record names fingerprints that are not its keys'"_qs;
        return c;
    }
    const QByteArray text =
        statement(r.seq, r.prevHash, r.time, oldKey->fingerprint(), newKey->fingerprint());
    if (!oldKey->verify(text, unb64(after.value(u"signed_by_previous"))))
        c.problem = u"key rotation is not signed by the previous key"_qs;
    else if (!newKey->verify(text, unb64(after.value(u"signed_by_new"))))
        c.problem = u"key rotation is not signed by the new key"_qs;
    return c;
}

} // namespace gatehouse::keyrotation
