#include "GraphLayout.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "SyntheticMesh.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace gatehouse;
using namespace gatehouse::graph;

// Lays out a synthetic mesh of 5,000 services / 50,000 edges (and one of
// 500 / 5,000) with our in-process Graphviz layout, paints it once, and
// measures the dot and sfdp command-line tools on the same graph in the
// same run. Usage: bench_graph_layout [--cap SECONDS] [--quick] [--save DIR]
// (--quick: our layout and paint only, without variants and CLI baselines)
namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString ms(double value)
{
    return value >= 10000 ? u"%1 s"_qs.arg(value / 1000, 0, 'f', 1)
                          : u"%1 ms"_qs.arg(value, 0, 'f', 0);
}

// Seconds of one CLI run, or nullopt when it went past the cap (and was killed).
std::optional<double> runCli(const QString &program, const QStringList &options,
                             const QString &gvFile, int capSeconds)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, options + QStringList{u"-Tplain"_qs, gvFile});
    if (!process.waitForStarted())
        return std::nullopt;
    if (!process.waitForFinished(capSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

QString ratio(double ours, std::optional<double> theirs, int capSeconds)
{
    if (!theirs)
        return u"ours is > %1x faster (baseline hit the %2 s cap)"_qs
            .arg(capSeconds * 1000.0 / ours, 0, 'f', 0)
            .arg(capSeconds);
    const QString verdict = ours <= *theirs ? u"ours %1x faster"_qs.arg(*theirs / ours, 0, 'f', 1)
                                            : u"ours %1x slower"_qs.arg(ours / *theirs, 0, 'f', 1);
    return u"ours/baseline = %1 (%2)"_qs.arg(ours / *theirs, 0, 'f', 3).arg(verdict);
}

// Best of three: the machine is shared, and the best run is the one least
// disturbed by others.
double timeLayout(const LayoutRequest &request, LayoutResult *result = nullptr)
{
    double best = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        LayoutResult r = GraphLayout::run(request);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (run == 0 || elapsed < best)
            best = elapsed;
        if (result)
            *result = r;
    }
    return best;
}

struct Variant
{
    const char *name;
    SfdpOverlap overlap;
    int maxIter;
};

void benchOne(int services, int edges, int capSeconds, bool full, const QString &saveDir)
{
    print(u"\n=== %1 services, %2 edges ==="_qs.arg(services).arg(edges));
    const AccessGraph graph = bench::syntheticMesh(services, edges, 20261130);
    const LayoutRequest request = GraphScene::layoutRequest(graph);
    print(u"nodes %1 (services %2 + subjects), edges %3"_qs.arg(graph.nodes().size())
              .arg(services)
              .arg(graph.edges().size()));

    // (a) our layout, in-process, as the page would run it.
    LayoutResult layout;
    const double oursMs = timeLayout(request, &layout);
    print(u"(a) ours [%1], best of 3: %2"_qs.arg(layout.engine, ms(oursMs)));
    if (full) {
        for (const Variant &v : {Variant{"sfdp+prism, maxiter 100", SfdpOverlap::Prism, 100},
                                 Variant{"sfdp+grid, maxiter 100", SfdpOverlap::Grid, 100},
                                 Variant{"sfdp+grid, maxiter 300", SfdpOverlap::Grid, 300},
                                 Variant{"sfdp+grid, maxiter 50", SfdpOverlap::Grid, 50}}) {
            LayoutRequest alternative = request;
            alternative.engine = LayoutEngine::Sfdp;
            alternative.overlap = v.overlap;
            alternative.sfdpMaxIter = v.maxIter;
            print(u"    variant [%1], best of 3: %2"_qs.arg(QString::fromLatin1(v.name),
                                                            ms(timeLayout(alternative))));
        }
    }

    // (b) first paint: build the scene, render it once into an image; then
    // fit and grab the viewport as the user would see it.
    GraphView view;
    view.resize(1200, 800);
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.showLayout(graph, layout);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    timer.restart();
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view.scene()->render(&painter);
    }
    const double renderMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    view.fitAll();
    const QPixmap fitted = view.viewport()->grab();
    const double fitGrabMs = double(timer.nsecsElapsed()) / 1e6;
    view.setZoom(1.0);
    timer.restart();
    const QPixmap close = view.viewport()->grab();
    const double closeGrabMs = double(timer.nsecsElapsed()) / 1e6;
    if (!saveDir.isEmpty()) {
        const QString stem = saveDir + u"/bench-graph-%1"_qs.arg(services);
        image.save(stem + u"-scene.png"_qs);
        fitted.save(stem + u"-fit.png"_qs);
        close.save(stem + u"-100.png"_qs);
    }
    print(u"(b) first paint: scene build %1, render whole scene to 1200x800 image %2, "
          "fitAll()+viewport grab %3; at 100% zoom a viewport grab takes %4"_qs.arg(
              ms(buildMs), ms(renderMs), ms(fitGrabMs), ms(closeGrabMs)));
    print(u"    time to first paint (layout + build + fitted grab): %1"_qs.arg(
        ms(oursMs + buildMs + fitGrabMs)));

    if (!full)
        return;
    // (c), (d) the CLI tools on the same graph.
    QTemporaryDir dir;
    const QString gv = dir.filePath(u"mesh.gv"_qs);
    QFile file(gv);
    if (!file.open(QIODevice::WriteOnly) || file.write(bench::toGraphvizSource(request)) < 0)
        return;
    file.close();
    auto cli = [&](const QString &label, const QString &program, const QStringList &options) {
        const auto seconds = runCli(program, options, gv, capSeconds);
        print(label + u": "_qs + (seconds ? ms(*seconds) : u"> %1 s (killed)"_qs.arg(capSeconds)) +
              u" — "_qs + ratio(oursMs, seconds, capSeconds));
    };
    cli(u"(d) sfdp CLI, defaults (no overlap removal)"_qs, u"/usr/bin/sfdp"_qs, {});
    cli(u"(d') sfdp CLI, -Goverlap=prism -Gsplines=false (same spacing as ours)"_qs,
        u"/usr/bin/sfdp"_qs, {u"-Goverlap=prism"_qs, u"-Gsplines=false"_qs});
    cli(u"(c) dot CLI, defaults"_qs, u"/usr/bin/dot"_qs, {});
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int capIndex = int(args.indexOf(u"--cap"_qs));
    const int cap = capIndex > 0 ? args.value(capIndex + 1).toInt() : 300;
    const bool quick = args.contains(u"--quick"_qs);
    const int saveIndex = int(args.indexOf(u"--save"_qs));
    const QString saveDir = saveIndex > 0 ? args.value(saveIndex + 1) : QString();
    print(u"bench_graph_layout: CLI time cap %1 s"_qs.arg(cap));
    benchOne(500, 5000, cap, !quick, saveDir);
    benchOne(5000, 50000, cap, !quick, saveDir);
    return 0;
}
