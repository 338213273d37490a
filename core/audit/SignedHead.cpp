#include "SignedHead.h"

#include "Ed25519Key.h"
#include "grants/Grant.h"
#include "identity/Base64Url.h"

#include <QCoreApplication>

namespace gatehouse {

QByteArray SignedHead::message() const
{
    return "gatehouse-audit-head/v1\n" + QByteArray::number(seq) + '\n' + hash.toLatin1() + '\n' +
           formatTime(signedAt).toLatin1();
}

SignedHead SignedHead::sign(qint64 seq, const QString &hash, const QDateTime &at,
                            const Ed25519Key &key)
{
    SignedHead head;
    head.seq = seq;
    head.hash = hash;
    head.signedAt = at.toUTC();
    head.publicKey = key.publicKey();
    head.signature = key.sign(head.message());
    return head;
}

bool SignedHead::verify(const Ed25519Key &trusted) const
{
    return publicKey == trusted.publicKey() && trusted.verify(message(), signature);
}

QString SignedHead::fingerprint() const
{
    return Ed25519Key::fingerprintOf(publicKey);
}

QJsonObject SignedHead::toJson() const
{
    return {
        {u"seq"_qs, seq},
        {u"hash"_qs, hash},
        {u"signed_at"_qs, formatTime(signedAt)},
        {u"algorithm"_qs, u"Ed25519"_qs},
        {u"signature"_qs, QString::fromLatin1(base64url::encode(signature))},
        {u"public_key"_qs, QString::fromLatin1(base64url::encode(publicKey))},
    };
}

Result<SignedHead> SignedHead::fromJson(const QJsonObject &o)
{
    SignedHead head;
    head.seq = qint64(o.value(u"seq").toDouble());
    head.hash = o.value(u"hash").toString();
    head.signedAt = parseTime(o.value(u"signed_at").toString());
    const auto signature = base64url::decode(o.value(u"signature").toString().toLatin1());
    const auto publicKey = base64url::decode(o.value(u"public_key").toString().toLatin1());
    if (!signature || !publicKey || !head.signedAt.isValid() ||
        o.value(u"algorithm").toString() != u"Ed25519")
        return Error{
            u"audit.head_malformed"_qs,
            QCoreApplication::translate("SignedHead", "The signed audit head is unreadable."),
            {}};
    head.signature = *signature;
    head.publicKey = *publicKey;
    return head;
}

} // namespace gatehouse
