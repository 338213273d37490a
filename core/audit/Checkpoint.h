#pragma once

#include "Result.h"
#include "audit/SignedHead.h"

#include <QList>

namespace gatehouse {

// A signed head written outside the database, one line of an append-only
// file, so that a later rewrite of the chain (even one re-signed with a
// stolen key) disagrees with what was checkpointed before it:
//
//   <seq> <head hash> <signed at, RFC 3339> <key fingerprint> <signature> <public key>
//
// The signature (standard base64) is Ed25519 over SignedHead::message(); the
// public key (standard base64, 32 raw bytes) is a claim, checked against the
// fingerprint the verifier expects for that point of the chain.
struct Checkpoint
{
    SignedHead head;
    QString fingerprint;
    int line = 0; // in its file, for messages

    QByteArray toLine() const; // without the newline
    static Result<Checkpoint> fromLine(const QByteArray &line);
    static Checkpoint of(const SignedHead &head);
};

// The file name inside a checkpoint directory.
inline const QString kCheckpointFile = u"checkpoints"_qs;

// Reads `path` (a checkpoint directory or file). An error names the bad line.
Result<QList<Checkpoint>> readCheckpoints(const QString &path);

} // namespace gatehouse
