// Benchmarks of the Locations table's filters and the geography tree (Google Benchmark), on a
// programme with many locations:
//   bench_location_browser --file PROJECT
// e.g. the 50,000 locations `tools/bench-locations.sh build build/bench` imports and leaves in
// build/bench/bench-locations.shopscope, or a demo programme.
#include "models/AreaTableModel.h"
#include "models/LocationTreeModel.h"
#include "project/Project.h"

#include <QCoreApplication>

#include "BenchFile.h"

#include <benchmark/benchmark.h>


namespace {
QString g_file;

std::unique_ptr<Project> open(benchmark::State& state)
{
    ProjectError error;
    auto project = Project::open(g_file, Project::Mode::ReadOnly, &error);
    if (!project)
        state.SkipWithError(qPrintable(error.message));
    return project;
}

// What the window does when a filter changes: the new first page and both counts ("N of M").
void BM_FilterChange(benchmark::State& state)
{
    auto project = open(state);
    if (!project)
        return;
    AreaTableModel model(AreaTables::Locations);
    model.setDatabase(project->database());
    const auto regions = model.filterChoices(QStringLiteral("region"));
    qsizetype next = 0;
    for (auto _ : state) {
        model.setFilters({{QStringLiteral("region"), regions.value(next++ % regions.size()).second},
                          {QStringLiteral("active"), 1}});
        benchmark::DoNotOptimize(model.rowCount());
        benchmark::DoNotOptimize(model.matchingRowCount());
        benchmark::DoNotOptimize(model.totalRowCount());
    }
}
BENCHMARK(BM_FilterChange)->Unit(benchmark::kMillisecond);

// A node of the tree chosen: every location under it, with the search as well.
void BM_PlaceAndSearch(benchmark::State& state)
{
    auto project = open(state);
    if (!project)
        return;
    AreaTableModel model(AreaTables::Locations);
    model.setDatabase(project->database());
    LocationTreeModel tree;
    tree.setDatabase(project->database());
    const qint64 country = tree.index(0, 0).data(LocationTreeModel::IdRole).toLongLong();
    for (auto _ : state) {
        model.setFilter(QStringLiteral("place"), country);
        model.setSearchText(QStringLiteral("1"));
        benchmark::DoNotOptimize(model.matchingRowCount());
        model.setSearchText(QString());
        model.setFilter(QStringLiteral("place"), QVariant());
    }
}
BENCHMARK(BM_PlaceAndSearch)->Unit(benchmark::kMillisecond);

// The tree read (geography and counts) and the first batch of the largest node opened.
void BM_TreeOpenAndExpand(benchmark::State& state)
{
    auto project = open(state);
    if (!project)
        return;
    for (auto _ : state) {
        LocationTreeModel tree;
        tree.setDatabase(project->database());
        // Walk down the first country to its largest leaf node and open it.
        QModelIndex node = tree.index(0, 0);
        while (tree.rowCount(node) > 0) {
            QModelIndex largest;
            for (int row = 0; row < tree.rowCount(node); ++row)
                if (!largest.isValid()
                    || tree.index(row, 1, node).data().toLongLong() > tree.index(largest.row(), 1, node).data().toLongLong())
                    largest = tree.index(row, 0, node);
            node = largest;
        }
        tree.fetchMore(node);
        benchmark::DoNotOptimize(tree.rowCount(node));
    }
}
BENCHMARK(BM_TreeOpenAndExpand)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    g_file = benchFile(argc, argv);
    if (g_file.isEmpty())
        return 2;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
