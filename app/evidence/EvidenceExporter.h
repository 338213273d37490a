#pragma once

#include "Error.h"
#include "evidence/Populations.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace gatehouse {

class ApiJob;

// Exports an evidence pack: asks the control plane for the period's chain
// segment (which records the export), writes the chain files, populations
// and the PDF memo into a new folder, has the control plane seal the
// manifest with the audit key, and zips the folder next to it. Not a widget:
// the command line and a dialog drive it alike (needs a QApplication for the
// memo's charts).
class EvidenceExporter : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString period;       // 2026-Q4, 2026-11, 2026
        QStringList services; // empty: all
        QString purpose;
        QString outDir; // must not exist, or be empty
    };
    struct Outcome
    {
        QString dir;
        QString zip;
        qint64 exportSeq = 0;
        qint64 firstSeq = 0;
        QList<evidence::Population> populations;
        QStringList chainCheck;
    };
    using Done = std::function<void(const Error &, const Outcome &)>;

    EvidenceExporter(QNetworkAccessManager *nam, QUrl controlPlane, QByteArray accessToken,
                     QObject *parent = nullptr);

    void run(const Request &request, Done done);

Q_SIGNALS:
    void progress(const QString &step);

private:
    ApiJob *post(const QString &path, const QJsonObject &body);
    void writePack(const QJsonObject &answer);
    void seal(const QJsonObject &answer);
    void fail(const Error &error);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QByteArray m_token;
    Request m_request;
    Done m_done;
    Outcome m_outcome;
    QStringList m_files;
    QByteArray m_manifest;
    QByteArray m_endKey;
};

} // namespace gatehouse
