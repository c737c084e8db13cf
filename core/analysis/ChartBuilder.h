#pragma once

#include "ChartData.h"
#include "ChartRequest.h"
#include "DashboardData.h"
#include "LocationPage.h"
#include "ReportTexts.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

// Builds the standard charts of docs/charts.md from the aggregation API (ResultsAggregator):
// every value, base, margin and significance a chart shows comes from there, so a chart and
// `shopscope-cli scores` never disagree. Texts are in the programme's report language.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    struct Wave
    {
        qint64 id = 0;
        QString code;
        QString name;
        bool hasResults = false; // approved reports (or submitted ones when they count)
        bool finished = false; // closed or reported: its fieldwork is over
    };

    explicit ChartBuilder(const QSqlDatabase& db);

    // Reads the programme's settings, waves and bands; false with *error on a read failure.
    bool load(QString* error, bool includePending = false);
    const std::vector<Wave>& waves() const { return m_waves; } // by start
    const ReportTexts& texts() const { return m_texts; }
    // The wave a request means: its code or name; when empty, the newest finished wave with
    // results (a wave still in fieldwork has only its first reports), else the newest with results.
    std::optional<Wave> wave(const QString& codeOrName, QString* error) const;

    std::optional<ChartData> build(const ChartRequest& request, QString* error) const;
    std::optional<DashboardData> dashboard(const ChartRequest& request, QString* error) const;
    // The chart pack's pages: the score by location within each region (regions by name), and
    // every location's one-pager (locations by code), each from a handful of aggregations
    // whatever the number of locations.
    std::optional<std::vector<ChartData>> regionPages(const ChartRequest& request, QString* error) const;
    std::optional<std::vector<LocationPage>> locationPages(const ChartRequest& request, QString* error) const;
    QString programmeTitle() const;

private:
    struct Context;
    std::optional<ChartData> byPlace(const Context& context, QString* error) const;
    std::optional<ChartData> trend(const Context& context, QString* error) const;
    std::optional<ChartData> sections(const Context& context, QString* error) const;
    std::optional<ChartData> compliance(const Context& context, QString* error) const;
    std::optional<ChartData> heatmap(const Context& context, QString* error) const;
    std::optional<ChartData> distribution(const Context& context, QString* error) const;
    std::optional<ChartData> benchmark(const Context& context, QString* error) const;
    std::optional<ChartData> nps(const Context& context, QString* error) const;
    std::optional<ChartData> scales(const Context& context, QString* error) const;
    std::optional<ChartData> drivers(const Context& context, QString* error) const;

    // The same aggregation of the wave before the context's (none for the first wave); false
    // with *error when it cannot be read.
    bool aggregateBefore(const Context& context, ResultsQuery::Measure measure, const QList<ResultsQuery::Dimension>& by,
                         std::optional<ResultsTable>* table, QString* error) const;
    ChartData start(const Context& context, ChartData::Kind kind, ChartData::Unit unit) const;
    QString subtitle(const Context& context, qint64 base) const;
    QString perName(ResultsQuery::Dimension dimension) const;
    const Wave* previousWave(const Wave& wave) const;
    QList<const Wave*> wavesUpTo(const Wave& wave) const;

    QSqlDatabase m_db;
    ReportTexts m_texts;
    std::vector<Wave> m_waves;
    std::vector<ChartData::Band> m_bands;
    std::optional<double> m_target;
    int m_smallBaseThreshold = 5;
    QString m_programmeName;
    QString m_clientName;
};
