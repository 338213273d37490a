#include "ReviewsModel.h"
#include "reviews/Review.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

namespace {

ReviewItem item(const QString &id, ReviewItemKind kind, const QString &service,
                const QString &subject, ReviewDecision decision = ReviewDecision::Pending)
{
    ReviewItem i;
    i.id = id;
    i.kind = kind;
    i.service = service;
    i.subject = subject;
    i.subjectKind = kind == ReviewItemKind::Standing ? SubjectKind::Group : SubjectKind::User;
    i.methods = {u"GET"_qs};
    i.pathPrefixes = {u"/v1"_qs};
    if (kind == ReviewItemKind::Grant) {
        i.grantId = u"g-"_qs + id;
        i.expiresAt = QDateTime(QDate(2026, 12, 8), QTime(16, 30), Qt::UTC);
    }
    i.decision = decision;
    if (decision != ReviewDecision::Pending) {
        i.reason = u"because"_qs;
        i.decidedBy = u"alice"_qs;
        i.decidedAt = QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC);
    }
    return i;
}

ReviewCampaign campaign(const QString &id, const QDateTime &due, QList<ReviewItem> items,
                        ReviewCampaign::State state = ReviewCampaign::State::Open)
{
    ReviewCampaign c;
    c.id = id;
    c.name = u"Review "_qs + id;
    c.period = u"2026-Q4"_qs;
    c.periodFrom = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    c.periodTo = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    c.dueAt = due;
    c.state = state;
    c.openedBy = u"erin"_qs;
    c.openedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    c.items = std::move(items);
    return c;
}

} // namespace

// The access review contract (campaign and item codecs, the decision body)
// and the console's model of it.
class TestReviews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decisionBody_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("refusedField"); // empty: accepted
        QTest::newRow("keep") << QByteArray("{\"decision\":\"keep\",\"reason\":\"needed\"}")
                              << QString();
        QTest::newRow("revoke, trimmed")
            << QByteArray("{\"decision\":\"revoke\",\"reason\":\"  left  \"}") << QString();
        QTest::newRow("no reason") << QByteArray("{\"decision\":\"keep\"}") << u"reason"_qs;
        QTest::newRow("blank reason")
            << QByteArray("{\"decision\":\"keep\",\"reason\":\" \\t \"}") << u"reason"_qs;
        QTest::newRow("reason not text")
            << QByteArray("{\"decision\":\"keep\",\"reason\":5}") << u"reason"_qs;
        QTest::newRow("reason too long")
            << QByteArray("{\"decision\":\"keep\",\"reason\":\"" + QByteArray(501, 'x') + "\"}")
            << u"reason"_qs;
        QTest::newRow("reason with a bidi override")
            << QByteArray("{\"decision\":\"keep\",\"reason\":\"ok \\u202e\"}") << u"reason"_qs;
        QTest::newRow("pending is not a decision")
            << QByteArray("{\"decision\":\"pending\",\"reason\":\"x\"}") << u"decision"_qs;
        QTest::newRow("revoke_requested is the server's word")
            << QByteArray("{\"decision\":\"revoke_requested\",\"reason\":\"x\"}") << u"decision"_qs;
        QTest::newRow("unknown field")
            << QByteArray("{\"decision\":\"keep\",\"reason\":\"x\",\"by\":\"mallory\"}")
            << u"by"_qs;
    }
    void decisionBody()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, refusedField);
        const auto parsed = ReviewDecisionRequest::parse(QJsonDocument::fromJson(json).object());
        if (refusedField.isEmpty()) {
            QVERIFY(std::holds_alternative<ReviewDecisionRequest>(parsed));
            const auto &r = std::get<ReviewDecisionRequest>(parsed);
            QCOMPARE(r.reason, r.reason.trimmed());
            // What the console sends parses back to itself.
            const auto again = ReviewDecisionRequest::parse(r.toJson());
            QCOMPARE(std::get<ReviewDecisionRequest>(again).reason, r.reason);
            QVERIFY(std::get<ReviewDecisionRequest>(again).decision == r.decision);
        } else {
            QVERIFY(std::holds_alternative<QList<FieldError>>(parsed));
            QCOMPARE(std::get<QList<FieldError>>(parsed).first().field, refusedField);
        }
    }

    // A campaign survives its own JSON, every field.
    void campaignRoundTrip()
    {
        const auto due = QDateTime(QDate(2026, 12, 22), QTime(9, 0), Qt::UTC);
        ReviewCampaign c =
            campaign(u"c1"_qs, due,
                     {item(u"1"_qs, ReviewItemKind::Standing, u"invoicing"_qs, u"payments-team"_qs),
                      item(u"2"_qs, ReviewItemKind::Grant, u"payments"_qs, u"bob"_qs,
                           ReviewDecision::Revoke)});
        c.services = {u"invoicing"_qs, u"payments"_qs};
        c.minGrantSeconds = 7200;
        c.revokeUnreviewed = true;
        const auto back = ReviewCampaign::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), c.toJson());
        QCOMPARE(c.toJson().value(u"pending_count").toInt(), 1);
        QCOMPARE(c.toJson().value(u"item_count").toInt(), 2);
        QVERIFY(c.toJson().value(u"items").toArray().at(0).toObject().value(u"grant_id").isNull());
        QVERIFY(!ReviewCampaign::fromJson({{u"id"_qs, u"x"_qs}, {u"state"_qs, u"ajar"_qs}}));
    }

    // Open campaigns only, pending items first (the soonest due first), and
    // the count and next due date the badge and summary show.
    void modelOrdersPendingFirst()
    {
        ReviewsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto soon = QDateTime(QDate(2026, 12, 15), QTime(9, 0), Qt::UTC);
        const auto later = soon.addDays(7);
        model.setCampaigns(
            {campaign(u"later"_qs, later,
                      {item(u"1"_qs, ReviewItemKind::Grant, u"payments"_qs, u"bob"_qs,
                            ReviewDecision::Keep),
                       item(u"2"_qs, ReviewItemKind::Grant, u"payments"_qs, u"carol"_qs)}),
             campaign(u"soon"_qs, soon,
                      {item(u"1"_qs, ReviewItemKind::Standing, u"ledger"_qs, u"refunds"_qs)}),
             campaign(u"closed"_qs, soon.addDays(-30),
                      {item(u"1"_qs, ReviewItemKind::Grant, u"payments"_qs, u"dave"_qs,
                            ReviewDecision::Unreviewed)},
                      ReviewCampaign::State::Closed)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.pendingCount(), 2);
        QCOMPARE(model.nextDue(), soon);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, ReviewsModel::HolderColumn).toString(), u"group refunds"_qs);
        QCOMPARE(cell(0, 0, ReviewsModel::CampaignIdRole).toString(), u"soon"_qs);
        QCOMPARE(cell(1, ReviewsModel::HolderColumn).toString(), u"carol"_qs);
        QCOMPARE(cell(2, ReviewsModel::HolderColumn).toString(), u"bob"_qs);
        QCOMPARE(cell(2, ReviewsModel::DecisionColumn).toString(), u"Kept"_qs);
        QCOMPARE(cell(2, ReviewsModel::ReasonColumn).toString(), u"because"_qs);
        QVERIFY(cell(0, 0, ReviewsModel::PendingRole).toBool());
        QVERIFY(!cell(2, 0, ReviewsModel::PendingRole).toBool());
        QCOMPARE(cell(1, ReviewsModel::AccessColumn).toString(), u"GET on /v1"_qs);
        QCOMPARE(cell(1, ReviewsModel::DueColumn, Qt::ToolTipRole).toString(),
                 u"2026-12-22 09:00 UTC"_qs);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 0);
        QVERIFY(!model.nextDue().isValid());
    }

    void decisionWords_data()
    {
        QTest::addColumn<int>("decision");
        QTest::addColumn<QString>("text");
        QTest::newRow("pending") << int(ReviewDecision::Pending) << u"Waiting for you"_qs;
        QTest::newRow("keep") << int(ReviewDecision::Keep) << u"Kept"_qs;
        QTest::newRow("revoke") << int(ReviewDecision::Revoke) << u"Revoked"_qs;
        QTest::newRow("standing revoke")
            << int(ReviewDecision::RevokeRequested) << u"Removal requested"_qs;
        QTest::newRow("unreviewed") << int(ReviewDecision::Unreviewed) << u"Not reviewed"_qs;
        QTest::newRow("unreviewed, revoked")
            << int(ReviewDecision::UnreviewedRevoked) << u"Not reviewed, revoked"_qs;
    }
    void decisionWords()
    {
        QFETCH(int, decision);
        QFETCH(QString, text);
        QCOMPARE(ReviewsModel::decisionText(ReviewDecision(decision)), text);
        ReviewDecision parsed;
        QVERIFY(parseReviewDecision(toString(ReviewDecision(decision)), &parsed));
        QVERIFY(parsed == ReviewDecision(decision));
    }
};

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
