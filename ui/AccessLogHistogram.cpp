#include "AccessLogHistogram.h"

#include "DurationText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QMouseEvent>
#include <QRubberBand>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <array>
#include <chrono>

namespace gatehouse {

namespace {
QString timeText(qint64 ms, qint64 bucketMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (bucketMs >= 24 * 3600 * 1000LL)
        return t.toString(u"yyyy-MM-dd"_qs);
    return t.toString(bucketMs < 60000 ? u"MM-dd HH:mm:ss"_qs : u"MM-dd HH:mm"_qs);
}
} // namespace

AccessLogHistogram::AccessLogHistogram(QWidget *parent)
    : QChartView(parent)
    , m_allowed(new QBarSet(tr("Allowed")))
    , m_denied(new QBarSet(tr("Denied")))
    , m_serverErrors(new QBarSet(tr("5xx")))
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setObjectName(u"logHistogram"_qs);
    m_allowed->setObjectName(u"histogramAllowed"_qs);
    m_denied->setObjectName(u"histogramDenied"_qs);
    m_serverErrors->setObjectName(u"histogramServerErrors"_qs);
    m_allowed->setColor(QColor(0x4c, 0xa8, 0x6a));
    m_denied->setColor(QColor(0xd9, 0x8c, 0x1f));
    m_serverErrors->setColor(QColor(0xc6, 0x3a, 0x32));
    for (QBarSet *set : {m_allowed, m_denied, m_serverErrors})
        set->setBorderColor(set->color());
    auto *series = new QStackedBarSeries;
    series->append(m_allowed);
    series->append(m_denied);
    series->append(m_serverErrors);
    series->setBarWidth(0.9);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setLabelsVisible(false);
    x->setGridLineVisible(false);
    x->setLineVisible(false);
    // The bars' categories are only positions; times are read off a time
    // axis over the same span, its ends at the first bar's start and the last
    // bar's end.
    m_times = new QDateTimeAxis;
    m_times->setGridLineVisible(false);
    m_times->setTickCount(5);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_qs);
    y->setTickCount(3);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    y->setLabelsFont(small);
    m_times->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(m_times, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(small);
    chart->setTitleFont(small);
    chart->setMargins(QMargins(4, 0, 4, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumHeight(110);
    setMaximumHeight(170);
    setToolTip(tr("Requests over the range: allowed, denied, 5xx. Drag across the bars to narrow "
                  "the range."));
}

qint64 AccessLogHistogram::bucketMsFor(qint64 spanMs)
{
    using namespace std::chrono;
    constexpr qint64 day = 24 * 3600 * 1000LL;
    if (spanMs > day)
        return day;
    constexpr std::array<seconds, 15> steps{seconds(1),  seconds(2),  seconds(5), seconds(10),
                                            seconds(30), minutes(1),  minutes(2), minutes(5),
                                            minutes(10), minutes(30), hours(1),   hours(2),
                                            hours(3),    hours(6),    hours(12)};
    for (const seconds step : steps) {
        const qint64 ms = duration_cast<milliseconds>(step).count();
        if (spanMs <= 60 * ms)
            return ms;
    }
    return day;
}

void AccessLogHistogram::setBars(qint64 fromMs, qint64 bucketMs, const QList<Bar> &bars)
{
    m_fromMs = fromMs;
    m_bucketMs = bucketMs;
    m_bars = bars;
    QList<qreal> allowed, denied, serverErrors;
    QStringList categories;
    for (int i = 0; i < bars.size(); ++i) {
        allowed.append(qreal(bars.at(i).allowed));
        denied.append(qreal(bars.at(i).denied));
        serverErrors.append(qreal(bars.at(i).serverErrors));
        categories.append(QString::number(i));
    }
    m_allowed->remove(0, m_allowed->count());
    m_denied->remove(0, m_denied->count());
    m_serverErrors->remove(0, m_serverErrors->count());
    m_allowed->append(allowed);
    m_denied->append(denied);
    m_serverErrors->append(serverErrors);
    qint64 highest = 0;
    for (const Bar &b : bars)
        highest = std::max(highest, b.allowed + b.denied + b.serverErrors);
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *x = qobject_cast<QBarCategoryAxis *>(axis))
            x->setCategories(categories.isEmpty() ? QStringList{u"0"_qs} : categories);
        else if (auto *y = qobject_cast<QValueAxis *>(axis))
            y->setRange(0, double(std::max<qint64>(2, highest + highest % 2))); // whole ticks
    }
    m_times->setLabelsVisible(!bars.isEmpty());
    if (bars.isEmpty()) {
        chart()->setTitle(tr("No requests in this range"));
        return;
    }
    const qint64 toMs = fromMs + bucketMs * bars.size();
    m_times->setFormat(bucketMs >= 24 * 3600 * 1000LL       ? u"MM-dd"_qs
                       : toMs - fromMs > 24 * 3600 * 1000LL ? u"MM-dd HH:mm"_qs
                       : bucketMs < 60000                   ? u"HH:mm:ss"_qs
                                                            : u"HH:mm"_qs);
    // Day bars: a tick at each day's start (at most 8); shorter bars: 5 ticks.
    m_times->setTickCount(bucketMs >= 24 * 3600 * 1000LL && bars.size() <= 7 ? int(bars.size()) + 1
                                                                             : 5);
    m_times->setRange(QDateTime::fromMSecsSinceEpoch(fromMs).toLocalTime(),
                      QDateTime::fromMSecsSinceEpoch(toMs).toLocalTime());
    chart()->setTitle(tr("Requests per %1, %2 – %3")
                          .arg(formatDuration(std::chrono::seconds(bucketMs / 1000)),
                               timeText(fromMs, bucketMs), timeText(toMs, bucketMs)));
}

int AccessLogHistogram::bucketAt(int x) const
{
    if (m_bars.isEmpty())
        return -1;
    const QRectF plot = chart()->plotArea();
    const QPointF scene = mapToScene(QPoint(x, 0));
    const QPointF inChart = chart()->mapFromScene(scene);
    const double share = plot.width() > 0 ? (inChart.x() - plot.left()) / plot.width() : 0;
    const int n = int(m_bars.size());
    return std::clamp(int(share * n), 0, n - 1);
}

QPair<QDateTime, QDateTime> AccessLogHistogram::spanAt(int x1, int x2) const
{
    const int a = bucketAt(std::min(x1, x2));
    const int b = bucketAt(std::max(x1, x2));
    if (a < 0)
        return {};
    return {QDateTime::fromMSecsSinceEpoch(m_fromMs + a * m_bucketMs, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(m_fromMs + (b + 1) * m_bucketMs, Qt::UTC)};
}

void AccessLogHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_bars.isEmpty())
        return QChartView::mousePressEvent(event);
    m_pressX = event->position().toPoint().x();
    m_band->setGeometry(QRect(m_pressX, 0, 1, viewport()->height()));
    m_band->show();
    event->accept();
}

void AccessLogHistogram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressX < 0)
        return QChartView::mouseMoveEvent(event);
    const int x = event->position().toPoint().x();
    m_band->setGeometry(
        QRect(QPoint(std::min(x, m_pressX), 0), QPoint(std::max(x, m_pressX), viewport()->height()))
            .normalized());
    event->accept();
}

void AccessLogHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressX < 0 || event->button() != Qt::LeftButton)
        return QChartView::mouseReleaseEvent(event);
    m_band->hide();
    const auto [from, to] = spanAt(m_pressX, event->position().toPoint().x());
    m_pressX = -1;
    event->accept();
    if (from.isValid())
        Q_EMIT spanSelected(from, to);
}

} // namespace gatehouse
