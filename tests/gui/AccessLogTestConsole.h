#pragma once

// Shared by the access-log GUI tests: cached lines with every kind of caller,
// bob's grants, the console offline on them, and small helpers.
#include "AccessLogExporter.h"
#include "AccessLogModel.h"
#include "AccessLogView.h"
#include "ConsoleController.h"
#include "GrantsView.h"
#include "GraphDetails.h"
#include "GraphPage.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "Screenshots.h"
#include "TestEnvironment.h"
#include "cache/AccessLogCache.h"
#include "cache/AccessLogExport.h"
#include "cache/ConsoleCache.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

namespace gatehouse::test::accesslog {
// Lines of the last hour (newest last) with each kind of caller, one with
// text a spreadsheet would run as a formula, and two lines from days ago.
inline QList<AccessLogEntry> lines(const QDateTime &now)
{
    struct Spec
    {
        int minutesAgo;
        const char16_t *caller;
        const char16_t *kind;
        const char16_t *service;
        const char16_t *method;
        const char16_t *path;
        int status;
        bool allowed;
        const char16_t *grant;
        const char16_t *reason;
    };
    const Spec specs[] = {
        {3 * 24 * 60, u"carol", u"user", u"ledger", u"GET", u"/v1/old", 200, true, u"",
         u"standing: auditors"},
        {2 * 24 * 60, u"carol", u"user", u"ledger", u"GET", u"/v1/older", 200, true, u"",
         u"standing: auditors"},
        {50, u"oncall", u"group", u"ledger", u"GET", u"/v1/entries", 200, true, u"",
         u"standing: oncall"},
        {40, u"bob", u"user", u"payments", u"GET", u"/v1/charges", 200, true, u"42", u"grant 42"},
        {30, u"bob", u"user", u"payments", u"POST", u"/v1/charges", 403, false, u"",
         u"no grant covers POST; bob's grant 42 allows GET only"},
        {20, u"invoicing", u"service", u"payments", u"GET", u"=HYPERLINK(\"http://x\",\"a, b\")",
         503, true, u"", u"standing: mesh"},
        {10, u"deploy-bot", u"agent", u"payments", u"GET", u"/v1/refunds", 403, false, u"",
         u"no grant for deploy-bot on payments"},
        {5, u"alice", u"", u"ledger", u"GET", u"/v1/balances", 200, true, u"", u"-standing\nowner"},
    };
    QList<AccessLogEntry> out;
    int n = 0;
    for (const Spec &s : specs) {
        AccessLogEntry e;
        e.id = u"line-%1"_qs.arg(++n);
        const qint64 at = now.addSecs(-60 * s.minutesAgo).toMSecsSinceEpoch();
        e.loggedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        e.method = QString::fromUtf16(s.method);
        e.service = QString::fromUtf16(s.service);
        e.host = e.service + u".localhost"_qs;
        e.path = QString::fromUtf16(s.path);
        e.status = s.status;
        e.durationUs = 1200 * n;
        e.size = 512 * n;
        e.remoteIp = u"192.0.2.%1"_qs.arg(n);
        e.subject = QString::fromUtf16(s.caller);
        e.subjectKind = QString::fromUtf16(s.kind);
        e.userId = e.subject;
        e.hasDecision = true;
        e.allowed = s.allowed;
        e.grantId = QString::fromUtf16(s.grant);
        e.reason = QString::fromUtf16(s.reason);
        e.decisionId = u"d-%1"_qs.arg(n);
        out.append(e);
    }
    return out;
}

inline Grant grant42()
{
    Grant g;
    g.id = u"42"_qs;
    g.subject = u"bob"_qs;
    g.service = u"payments"_qs;
    g.methods = QStringList{u"GET"_qs};
    g.pathPrefixes = QStringList{u"/"_qs};
    g.startsAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    g.expiresAt = QDateTime::fromString(u"2099-01-01T16:31:07.000Z"_qs, Qt::ISODateWithMs);
    g.createdAt = g.startsAt;
    g.reason = u"INC-81"_qs;
    g.requestedBy = u"bob"_qs;
    g.approvedBy = u"alice"_qs;
    g.state = GrantState::Active;
    return g;
}

// bob's earlier grant on payments, expired 35 minutes ago.
inline Grant grant41(const QDateTime &now)
{
    Grant g = grant42();
    g.id = u"41"_qs;
    g.createdAt = g.startsAt = now.addSecs(-2 * 3600);
    g.expiresAt = QDateTime::fromSecsSinceEpoch(now.addSecs(-35 * 60).toSecsSinceEpoch(), Qt::UTC);
    g.state = GrantState::Expired;
    return g;
}

// The console offline on a profile whose cache holds lines(), and grants 41 and 42.
struct Console
{
    QTemporaryDir dir;
    Profile profile;
    ProfileStore store{dir.filePath(u"profiles.conf"_qs)};
    QNetworkAccessManager nam;
    std::unique_ptr<ConsoleController> console;
    // The time the cached grants were written for: grant 41 expired 35
    // minutes before it.
    QDateTime grantsAt;

    bool start(int days = 7, qint64 maxLines = 2'000'000)
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(ConsoleCache::defaultPath() + QLatin1StringView(suffix));
        profile.name = u"Features"_qs;
        profile.controlPlaneUrl = QUrl(u"http://127.0.0.1:9"_qs);
        profile.issuer = QUrl(u"http://127.0.0.1:9"_qs);
        profile.accessLogDays = days;
        profile.accessLogMaxLines = maxLines;
        {
            AccessLogCache cache(ConsoleCache::defaultPath());
            if (!cache.open().isNull() ||
                !cache.store(profile.name, lines(QDateTime::currentDateTimeUtc()), u"c"_qs)
                     .isNull())
                return false;
            grantsAt = QDateTime::currentDateTimeUtc();
            ConsoleCache grants;
            if (!grants.open().isNull() ||
                !grants
                     .save(profile.name, u"grants"_qs,
                           QJsonObject{{u"items"_qs, QJsonArray{grant42().toJson(),
                                                                grant41(grantsAt).toJson()}}})
                     .isNull())
                return false;
        }
        console = std::make_unique<ConsoleController>(profile, &store, &nam, QString());
        console->window()->resize(1280, 760);
        console->show();
        if (!QTest::qWaitForWindowExposed(console->window()))
            return false;
        console->window()->showPage(MainWindow::LogPage);
        view()->setRange(AccessLogView::Range::All);
        return true;
    }
    AccessLogView *view() { return console->accessLogView(); }
    AccessLogModel *model() { return console->accessLogModel(); }
    template<typename T> T *child(const QString &name)
    {
        return console->window()->findChild<T *>(name);
    }
    int rowOf(const QString &id)
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->entry(r)->id == id)
                return r;
        return -1;
    }
    QString detail() { return child<QTextBrowser>(u"logDetail"_qs)->toPlainText(); }
    QStringList ids()
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out.append(model()->entry(r)->id);
        return out;
    }
    bool loadGraph()
    {
        QFile file(QString::fromLatin1(kSourceDir) + u"/tests/graph/data/demo-graph.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        graph::GraphPage *page = console->graphPage();
        QSignalSpy finished(page, &graph::GraphPage::layoutFinished);
        page->setGraph(
            graph::AccessGraph::fromGraphJson(QJsonDocument::fromJson(file.readAll()).object()));
        return finished.wait(20000);
    }
};

// Runs a Python script over a file: the independent reader of what we wrote.
inline QString python(const QString &script, const QString &path)
{
    QProcess p;
    p.start(u"python3"_qs, {u"-c"_qs, script, path});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return u"python failed: "_qs + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A screenshot of `window` with a popup (menu, completion list) drawn where
// it opened: a grab of the window alone leaves the popup out.
inline void saveWithPopup(QWidget *window, QWidget *popup, const QString &name)
{
    QCoreApplication::processEvents();
    QPixmap shot = window->grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    }
    const QString dir = QString::fromLatin1(kBinaryDir) + u"/screenshots"_qs;
    QDir().mkpath(dir);
    QVERIFY(shot.save(dir + u'/' + name + u".png"_qs));
}

inline QWidget *topLevel(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            return w;
    return nullptr;
}

} // namespace gatehouse::test::accesslog
