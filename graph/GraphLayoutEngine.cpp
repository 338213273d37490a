#include "GraphLayoutEngine.h"

#include "GraphLogging.h"

#include <QElapsedTimer>
#include <QMutex>

#include <algorithm>
#include <graphviz/gvc.h>
#include <numeric>

namespace gatehouse::graph {

namespace {

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

int logGraphvizMessage(char *text)
{
    qCDebug(lcGraph) << "graphviz:" << QString::fromUtf8(text).trimmed();
    return 0;
}

GVC_t *context()
{
    static GVC_t *gvc = [] {
        agseterr(AGERR);
        agseterrf(&logGraphvizMessage);
        return gvContext();
    }();
    return gvc;
}

// cgraph takes char*; every string it gets is copied, so this is safe.
char *cs(const char *text)
{
    return const_cast<char *>(text);
}

Agsym_t *declare(Agraph_t *g, int kind, const char *name, const char *fallback)
{
    return agattr(g, kind, cs(name), cs(fallback));
}

void set(Agraph_t *g, const char *name, const QByteArray &value)
{
    agattr(g, AGRAPH, cs(name), cs(value.constData()));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

} // namespace

LayoutEngine LayoutRequest::chosenEngine() const
{
    if (engine != LayoutEngine::Automatic)
        return engine;
    // dot's crossing minimisation and network simplex grow fast with edges:
    // 100 nodes/300 edges take 0.5 s, 200/800 take 2-25 s.
    return nodes.size() <= 250 && edges.size() <= 500 ? LayoutEngine::Dot : LayoutEngine::Sfdp;
}

SfdpOverlap LayoutRequest::chosenOverlap() const
{
    if (overlap != SfdpOverlap::Automatic)
        return overlap;
    return nodes.size() <= 1500 ? SfdpOverlap::Prism : SfdpOverlap::Grid;
}

LayoutResult runGraphviz(const LayoutRequest &request)
{
    LayoutResult result;
    QElapsedTimer timer;
    timer.start();
    const bool dot = request.chosenEngine() == LayoutEngine::Dot;
    const SfdpOverlap overlap = request.chosenOverlap();
    result.engine =
        dot ? u"dot"_qs : (overlap == SfdpOverlap::Prism ? u"sfdp+prism"_qs : u"sfdp+grid"_qs);
    if (request.nodes.isEmpty())
        return result;

    QMutexLocker lock(&graphvizMutex());
    GVC_t *gvc = context();
    Agraph_t *g = agopen(cs("g"), Agdirected, nullptr);
    if (dot) {
        set(g, "rankdir", "LR");
        set(g, "nodesep", "0.22");
        set(g, "ranksep", "0.9");
        set(g, "splines", "true");
        if (request.edges.size() > 150) {
            set(g, "mclimit", "0.3");
            set(g, "nslimit", "2");
            set(g, "nslimit1", "2");
        }
    } else {
        set(g, "splines", "false");
        set(g, "quadtree", "fast");
        set(g, "maxiter", QByteArray::number(request.sfdpMaxIter > 0 ? request.sfdpMaxIter : 100));
        set(g, "overlap", overlap == SfdpOverlap::Prism ? "prism" : "true");
        set(g, "outputorder", "edgesfirst");
    }
    Agsym_t *shape = declare(g, AGNODE, "shape", "box");
    Q_UNUSED(shape);
    declare(g, AGNODE, "fixedsize", "true");
    declare(g, AGNODE, "label", "");
    Agsym_t *width = declare(g, AGNODE, "width", "1");
    Agsym_t *height = declare(g, AGNODE, "height", "0.5");
    declare(g, AGEDGE, "arrowhead", "none");
    Agsym_t *label = declare(g, AGEDGE, "label", "");
    declare(g, AGEDGE, "fontsize", QByteArray::number(request.labelFontSize).constData());

    // dot would stack the services nobody holds access to in one tall
    // column (and its "pack" loses edge labels in 2.43): leave them out and
    // set them out in rows afterwards.
    QList<bool> connected(request.nodes.size(), !dot);
    for (const LayoutEdge &e : request.edges)
        connected[e.from] = connected[e.to] = true;
    QList<int> loose;
    QList<Agnode_t *> nodes;
    nodes.reserve(request.nodes.size());
    for (int i = 0; i < request.nodes.size(); ++i) {
        if (!connected.at(i)) {
            loose.append(i);
            nodes.append(nullptr);
            continue;
        }
        Agnode_t *n = agnode(g, QByteArray("n" + QByteArray::number(i)).data(), 1);
        agxset(n, width, inches(request.nodes.at(i).size.width()).data());
        agxset(n, height, inches(request.nodes.at(i).size.height()).data());
        nodes.append(n);
    }
    QList<Agedge_t *> edges;
    edges.reserve(request.edges.size());
    for (const LayoutEdge &e : request.edges) {
        Agedge_t *edge = agedge(g, nodes.at(e.from), nodes.at(e.to), nullptr, 1);
        if (dot && !e.label.isEmpty())
            agxset(edge, label, e.label.toUtf8().data());
        edges.append(edge);
    }

    if (agnnodes(g) > 0 && gvLayout(gvc, g, dot ? "dot" : "sfdp") != 0) {
        result.error = u"graphviz layout failed"_qs;
        agclose(g);
        return result;
    }
    result.centers.reserve(nodes.size());
    for (Agnode_t *n : std::as_const(nodes))
        result.centers.append(n ? QPointF(ND_coord(n).x, -ND_coord(n).y) : QPointF());
    if (dot) {
        for (Agedge_t *e : std::as_const(edges)) {
            QPolygonF points;
            const splines *spl = ED_spl(e);
            if (spl && spl->size > 0) {
                const bezier &bz = spl->list[0];
                for (int p = 0; p < bz.size; ++p)
                    points.append(QPointF(bz.list[p].x, -bz.list[p].y));
            }
            result.edgePaths.append(points);
            const textlabel_t *l = ED_label(e);
            result.labelPositions.append(l && l->set ? QPointF(l->pos.x, -l->pos.y) : QPointF());
        }
    }
    if (agnnodes(g) > 0)
        gvFreeLayout(gvc, g);
    agclose(g);
    lock.unlock();

    if (!dot && overlap == SfdpOverlap::Grid) {
        QList<int> order(request.nodes.size());
        std::iota(order.begin(), order.end(), 0);
        snapToGrid(result.centers, request.nodes, order);
    }
    if (!dot)
        result.labelPositions.resize(request.edges.size());
    auto rectOf = [&](int i) {
        const QSizeF s = request.nodes.at(i).size;
        return QRectF(result.centers.at(i) - QPointF(s.width() / 2, s.height() / 2), s);
    };
    for (int i = 0; i < result.centers.size(); ++i)
        if (connected.at(i))
            result.bounds |= rectOf(i);
    if (!loose.isEmpty()) {
        placeLoose(result.centers, request.nodes, loose, result.bounds);
        for (int i : std::as_const(loose))
            result.bounds |= rectOf(i);
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    qCDebug(lcGraph) << "layout" << result.engine << request.nodes.size() << "nodes"
                     << request.edges.size() << "edges in" << result.milliseconds << "ms";
    return result;
}

} // namespace gatehouse::graph
