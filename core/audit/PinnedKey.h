#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// The audit key a verifier trusts, chosen by the verifier and never read from
// the data being verified: a public key (PEM file) or its fingerprint (the
// SHA-256 of its SubjectPublicKeyInfo DER, hex). A fingerprint pins as firmly
// as the key itself; the key is then taken from the chain and its fingerprint
// compared.
class PinnedKey
{
public:
    // `spec` is a 64-digit hex fingerprint (colons and a "sha256:" prefix are
    // allowed) or the path of a PEM public key file.
    static Result<PinnedKey> parse(const QString &spec);
    static PinnedKey fromFingerprint(const QString &hex);
    static Result<PinnedKey> fromPem(const QByteArray &pem);

    QString fingerprint() const { return m_fingerprint; }
    bool matches(const QByteArray &rawPublicKey) const;

private:
    QString m_fingerprint; // lowercase hex
};

// "3f2a…" style short form for sentences; the full value goes in JSON and logs.
QString shortFingerprint(const QString &hex);

} // namespace gatehouse
