#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>

class QBarSet;
class QDateTimeAxis;
class QRubberBand;

namespace gatehouse {

// Requests over a time range as stacked bars (allowed / denied / 5xx), one bar
// per bucket. Dragging across the bars picks a narrower range.
class AccessLogHistogram : public QChartView
{
    Q_OBJECT
public:
    struct Bar
    {
        qint64 allowed = 0;
        qint64 denied = 0;
        qint64 serverErrors = 0;
    };

    explicit AccessLogHistogram(QWidget *parent = nullptr);

    // The bucket length for a range `spanMs` long: 15 min → 30 s, 1 h → 1 min,
    // 24 h → 30 min, longer → a day; about 30 to 60 bars in between.
    static qint64 bucketMsFor(qint64 spanMs);

    // Bars from `fromMs` (a bucket start) in steps of `bucketMs`; `bars` has
    // one entry per bucket, empty ones included.
    void setBars(qint64 fromMs, qint64 bucketMs, const QList<Bar> &bars);
    qint64 fromMs() const { return m_fromMs; }
    qint64 bucketMs() const { return m_bucketMs; }
    int barCount() const { return int(m_bars.size()); }
    // The buckets under the horizontal positions `x1`, `x2` of the viewport, as
    // a time range [from, to); invalid times when there are no bars.
    QPair<QDateTime, QDateTime> spanAt(int x1, int x2) const;

Q_SIGNALS:
    // The user dragged across the bars from `from` up to `to` (exclusive).
    void spanSelected(const QDateTime &from, const QDateTime &to);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int bucketAt(int x) const;

    QDateTimeAxis *m_times = nullptr;
    QBarSet *m_allowed;
    QBarSet *m_denied;
    QBarSet *m_serverErrors;
    QList<Bar> m_bars;
    qint64 m_fromMs = 0;
    qint64 m_bucketMs = 60000;
    QRubberBand *m_band;
    int m_pressX = -1;
};

} // namespace gatehouse
