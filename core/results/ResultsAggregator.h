#pragma once

#include "ResultsReports.h"
#include "ResultsTable.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The aggregation API for charts and tables (docs/results.md): answers a ResultsQuery from the
// results store alone (visit_score, section_score, question_scores with its packed scores and
// answers; answer_choice for multiple-choice distributions), never from the ten million answer
// rows. Only approved reports count, unless the query includes pending (submitted) ones.
//
// It reads through SQLite's C API and aggregates in memory: the counted reports are read once
// with their keys (wave, location, scenario, staff), the places, channels and competitor flags
// come from the location, and the scores of those reports are then read in one pass over their
// report id range, so a chart of the large demo programme takes milliseconds to a few hundred
// (docs/results.md has the figures).
class ResultsAggregator
{
    Q_DECLARE_TR_FUNCTIONS(ResultsAggregator)

public:
    enum class Failure
    {
        None,
        BadQuery, // a filter value matches nothing, or the measure does not go with the query
        Read, // the file could not be read
    };

    static std::optional<ResultsTable> aggregate(const QSqlDatabase& db, const ResultsQuery& query,
                                                 QString* error, Failure* failure = nullptr);
    // The reports the same query counts, each with its visit score and group. The query's `by`
    // may hold report dimensions only (not section or question); its measure is not used.
    static std::optional<ResultsReports> reports(const QSqlDatabase& db, const ResultsQuery& query,
                                                 QString* error, Failure* failure = nullptr);
};
