#include "GraphLayoutEngine.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace gatehouse::graph {

// sfdp without overlap removal gives good neighbourhoods but nodes on top of
// each other. Scale the drawing to a grid of about twice as many cells as
// nodes (keeping its aspect ratio), then give every node the free cell
// nearest to where sfdp put it, searching outwards ring by ring.
void snapToGrid(QList<QPointF> &centers, const QList<LayoutNode> &nodes, const QList<int> &order)
{
    if (centers.isEmpty())
        return;
    double cellW = 0, cellH = 0;
    for (const LayoutNode &n : nodes) {
        cellW = std::max(cellW, n.size.width());
        cellH = std::max(cellH, n.size.height());
    }
    cellW += 24; // room between neighbours for edges to pass
    cellH += 18;

    QRectF box;
    for (const QPointF &c : std::as_const(centers))
        box |= QRectF(c, QSizeF(1e-6, 1e-6));
    const double w = std::max(box.width(), 1e-3), h = std::max(box.height(), 1e-3);
    const double cells = 2.0 * double(centers.size());
    // cols * rows = cells and (cols * cellW) / (rows * cellH) = w / h.
    const double cols = std::max(1.0, std::sqrt(cells * (w / h) * (cellH / cellW)));
    const double rows = std::max(1.0, cells / cols);

    QHash<qint64, bool> taken;
    taken.reserve(centers.size());
    auto key = [](qint64 x, qint64 y) { return (x << 32) ^ (y & 0xffffffff); };
    for (int i : order) {
        const QPointF p = centers.at(i);
        const qint64 gx = std::llround((p.x() - box.left()) / w * cols);
        const qint64 gy = std::llround((p.y() - box.top()) / h * rows);
        qint64 bestX = gx, bestY = gy;
        bool found = !taken.contains(key(gx, gy));
        for (qint64 r = 1; !found; ++r) {
            double bestD = 0;
            // The ring at Chebyshev distance r; keep its nearest free cell.
            for (qint64 dx = -r; dx <= r; ++dx) {
                for (qint64 dy = -r; dy <= r; ++dy) {
                    if (std::max(std::abs(dx), std::abs(dy)) != r ||
                        taken.contains(key(gx + dx, gy + dy)))
                        continue;
                    const double d =
                        double(dx * dx) * cellW * cellW + double(dy * dy) * cellH * cellH;
                    if (!found || d < bestD)
                        bestD = d, bestX = gx + dx, bestY = gy + dy, found = true;
                }
            }
        }
        taken.insert(key(bestX, bestY), true);
        centers[i] = QPointF(double(bestX) * cellW, double(bestY) * cellH);
    }
}

} // namespace gatehouse::graph

namespace gatehouse::graph {

void placeLoose(QList<QPointF> &centers, const QList<LayoutNode> &nodes, QList<int> loose,
                const QRectF &drawing)
{
    std::stable_sort(loose.begin(), loose.end(),
                     [&](int a, int b) { return nodes.at(a).group < nodes.at(b).group; });
    double cellW = 0, cellH = 0;
    for (int i : std::as_const(loose)) {
        cellW = std::max(cellW, nodes.at(i).size.width() + 28);
        cellH = std::max(cellH, nodes.at(i).size.height() + 20);
    }
    const int count = int(loose.size());
    const QRectF area = drawing.isNull() ? QRectF(0, 0, 0, 0) : drawing;
    // Beside a drawing taller than wide, below one wider than tall.
    const bool beside = area.height() > area.width();
    int cols = 0;
    if (beside) {
        const int rows = std::max(1, int(area.height() / cellH));
        cols = (count + rows - 1) / rows;
    } else {
        cols = std::max(int(area.width() / cellW), int(std::ceil(std::sqrt(double(count)))));
    }
    cols = std::max(cols, 1);
    const QPointF origin = drawing.isNull() ? QPointF(0, 0)
                           : beside         ? QPointF(area.right() + 60, area.top())
                                            : QPointF(area.left(), area.bottom() + 50);
    for (int k = 0; k < count; ++k) {
        const int row = beside ? k % std::max(1, (count + cols - 1) / cols) : k / cols;
        const int col = beside ? k / std::max(1, (count + cols - 1) / cols) : k % cols;
        centers[loose.at(k)] = origin + QPointF(col * cellW + cellW / 2, row * cellH + cellH / 2);
    }
}

} // namespace gatehouse::graph
