#include "MemoCharts.h"

#include "grants/Grant.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QMap>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace gatehouse {

namespace {

constexpr QSize kSize(900, 450); // logical; drawn at twice that for print
constexpr int kScale = 2;

QImage render(QChart *chart)
{
    QGraphicsScene scene;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->resize(kSize);
    scene.addItem(chart); // the scene owns it now
    QImage image(kSize * kScale, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), kSize * kScale), QRectF(QPointF(0, 0), kSize));
    return image;
}

QFont chartFont(int points)
{
    QFont f;
    f.setPointSize(points);
    return f;
}

void style(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    chart->setTitleFont(chartFont(14));
    chart->legend()->setFont(chartFont(11));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
}

void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(chartFont(11));
    x->setLabelsAngle(categories.size() > 8 ? -60 : 0);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_qs);
    y->setRange(0, std::max(1.0, max));
    y->setTickCount(int(std::min(std::max(1.0, max), 5.0)) + 1);
    if (max > 5)
        y->applyNiceNumbers();
    y->setLabelsFont(chartFont(11));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString weekOf(const QDateTime &t)
{
    int year = 0;
    const int week = t.toUTC().date().weekNumber(&year);
    return u"%1-W%2"_qs.arg(year).arg(week, 2, 10, QChar(u'0'));
}

bool inScope(const AuditRecord &r, const evidence::ExportScope &scope)
{
    return r.objectType == u"grant" && r.time >= scope.from && r.time < scope.to &&
           scope.covers(r.after.toObject().value(u"service").toString());
}

} // namespace

QImage grantsPerWeekChart(const QList<AuditRecord> &segment, const evidence::ExportScope &scope)
{
    const QStringList states{u"created"_qs, u"approved"_qs, u"denied"_qs, u"revoked"_qs,
                             u"expired"_qs};
    QStringList weeks;
    for (QDateTime t = scope.from; t < scope.to && t <= QDateTime::currentDateTimeUtc();
         t = t.addDays(7))
        if (!weeks.contains(weekOf(t)))
            weeks << weekOf(t);
    QMap<QString, QMap<QString, int>> counts; // state -> week -> n
    for (const AuditRecord &r : segment) {
        if (!inScope(r, scope))
            continue;
        const QString state = r.action.mid(6); // after "grant."
        if (states.contains(state)) {
            ++counts[state][weekOf(r.time)];
            if (!weeks.contains(weekOf(r.time)))
                weeks << weekOf(r.time);
        }
    }
    weeks.sort();
    auto *series = new QStackedBarSeries;
    double max = 0;
    QList<int> totals(weeks.size(), 0);
    for (const QString &state : states) {
        auto *set = new QBarSet(state);
        for (int i = 0; i < weeks.size(); ++i) {
            const int n = counts.value(state).value(weeks[i]);
            *set << n;
            totals[i] += n;
        }
        series->append(set);
    }
    for (int n : totals)
        max = std::max(max, double(n));
    auto *chart = new QChart;
    chart->addSeries(series);
    style(chart, u"Grant events per ISO week, by kind"_qs);
    addAxes(chart, series, weeks, max);
    return render(chart);
}

QImage approvalLeadTimeChart(const QList<AuditRecord> &segment, const evidence::ExportScope &scope)
{
    // Axis labels are rich text: no "<" or ">".
    const QStringList buckets{u"under 1 min"_qs, u"1-15 min"_qs, u"15-60 min"_qs,
                              u"1-4 h"_qs,       u"4-24 h"_qs,   u"over 1 day"_qs};
    const qint64 limits[] = {60, 15 * 60, 3600, 4 * 3600, 24 * 3600};
    QList<int> counts(buckets.size(), 0);
    for (const AuditRecord &r : segment) {
        if (r.action != u"grant.approved" || !inScope(r, scope))
            continue;
        const QDateTime created = parseTime(r.after.toObject().value(u"created_at").toString());
        if (!created.isValid())
            continue;
        const qint64 seconds = created.secsTo(r.time);
        int i = 0;
        while (i < 5 && seconds >= limits[i])
            ++i;
        ++counts[i];
    }
    auto *set = new QBarSet(u"grants approved"_qs);
    double max = 0;
    for (int n : counts) {
        *set << n;
        max = std::max(max, double(n));
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    style(chart, u"Approval lead time (request to approval)"_qs);
    addAxes(chart, series, buckets, max);
    return render(chart);
}

} // namespace gatehouse
