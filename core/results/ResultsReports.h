#pragma once

#include "ResultsQuery.h"
#include "ResultsTable.h"

#include <QList>
#include <optional>
#include <vector>

// The reports behind a result, one by one (ResultsAggregator::reports): what a histogram, a box
// plot, a driver analysis or a drill-down to the visits needs, where a ResultsTable only holds
// sums. The same reports count as in the table of the same query.
struct ResultsReports
{
    struct Report
    {
        qint64 responseId = 0;
        qint64 visitId = 0;
        qint64 versionId = 0;
        std::optional<double> score; // the visit score; none when nothing applicable was answered
        int group = 0; // index into groups
    };

    QList<ResultsQuery::Dimension> by; // the query's report dimensions (no section or question)
    std::vector<std::vector<ResultsTable::Key>> groups; // per group, its key of each dimension of `by`
    std::vector<Report> reports; // in report id order
};
