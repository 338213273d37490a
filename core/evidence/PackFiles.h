#pragma once

#include "EvidenceBundle.h"

#include <QStringList>

namespace gatehouse::evidence {

// Where each part of an evidence pack lives, relative to its folder.
namespace files {
inline const QString kSegment = u"chain/segment.jsonl"_qs;
inline const QString kHeads = u"chain/heads.json"_qs;
inline const QString kCheckpoints = u"chain/checkpoints"_qs;
inline const QString kKeyHistory = u"chain/key-history.jsonl"_qs;
inline const QString kBefore = u"chain/before-segment.jsonl"_qs;
inline const QString kPopulations = u"populations/"_qs;
inline const QString kMemo = u"memo.pdf"_qs;
inline const QString kManifest = u"manifest.sha256"_qs;
inline const QString kStatement = u"manifest.statement"_qs;
inline const QString kSignature = u"manifest.sig"_qs;
} // namespace files

// Writes `bytes` to dir/relative, creating folders. Errors name the file.
[[nodiscard]] Error writePackFile(const QString &dir, const QString &relative,
                                  const QByteArray &bytes);

// The chain files of a pack (segment, heads, checkpoints, key history) and
// every population; returns the relative paths written.
Result<QStringList> writeChainAndPopulations(const QString &dir, const Bundle &bundle);

// One JSON line per record, as the segment and key history hold them.
QByteArray recordLines(const QList<AuditRecord> &records);
Result<QList<AuditRecord>> parseRecordLines(const QByteArray &text, const QString &file);

// `sha256sum` format ("<hex>  <path>\n"), sorted by path, so
// `sha256sum -c manifest.sha256` checks the folder.
Result<QByteArray> manifestFor(const QString &dir, const QStringList &relativePaths);

QString sha256Hex(const QByteArray &bytes);

} // namespace gatehouse::evidence
