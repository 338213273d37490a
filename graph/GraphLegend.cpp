#include "GraphLegend.h"

#include "GraphStyle.h"

#include <QPainter>

namespace gatehouse::graph {

namespace {
constexpr int kSample = 26;
constexpr int kRow = 16;
} // namespace

GraphLegend::GraphLegend(QWidget *parent)
    : QWidget(parent)
    , m_texts{tr("standing access"), tr("temporary grant"), tr("pending request"),
              tr("owned by you")}
{
    setObjectName(u"graphLegend"_qs);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    const QFontMetrics fm(style::detailFont());
    int width = 0;
    for (const QString &t : std::as_const(m_texts))
        width = std::max(width, fm.horizontalAdvance(t));
    resize(width + kSample + 22, int(m_texts.size()) * kRow + 10);
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0xdadce0));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p.setFont(style::detailFont());
    const QPen pens[] = {QPen(style::standingColor(), 1.3), QPen(style::grantColor(3600), 2.6),
                         QPen(style::pendingColor(), 1.8, Qt::DashLine),
                         QPen(style::ownedColor(), 2.0)};
    for (int i = 0; i < m_texts.size(); ++i) {
        const int y = 5 + i * kRow + kRow / 2;
        p.setPen(pens[i]);
        if (i == 3)
            p.drawRoundedRect(QRectF(8, y - 5, kSample - 4, 10), 3, 3);
        else
            p.drawLine(QPointF(8, y), QPointF(8 + kSample - 4, y));
        p.setPen(QColor(0x3c4043));
        p.drawText(QRect(kSample + 12, y - kRow / 2, width(), kRow), Qt::AlignVCenter,
                   m_texts.at(i));
    }
}

} // namespace gatehouse::graph
