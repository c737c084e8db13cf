#pragma once

#include "ChartView.h"
#include "results/ResultsQuery.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// What chart to build: the view, the wave, the filters that every view takes, and the view's
// own choices (what the bars or lines are per, the outcome of a driver analysis).
struct ChartRequest
{
    ChartViews::View view = ChartViews::View::ByLocation;
    QString wave; // code or name; empty: the newest wave with approved reports
    QMap<ResultsQuery::Dimension, QStringList> filters; // as ResultsQuery::filters (no wave)
    // By-location, heat map, distribution: region (default), area, location, channel, scenario,
    // staff. Trend: none (the whole programme, default), region, channel or scenario.
    std::optional<ResultsQuery::Dimension> per;
    QString outcome; // drivers: the question code of the outcome; empty: the first NPS question
    bool includePending = false;
    double confidence = 0.95;
};
