#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// The standard charts of the analysis (docs/charts.md), by their command-line key.
class ChartViews
{
    Q_DECLARE_TR_FUNCTIONS(ChartViews)

public:
    enum class View
    {
        ByLocation, // score per region, area, location... sorted, with the target and traffic lights
        Trend, // score over the waves, per region, channel or scenario, with margins and significance
        Sections, // section profile of the wave beside the previous wave's
        Compliance, // share of yes per standard
        Heatmap, // score of each section per region or location
        Distribution, // visit scores: a histogram, or a box plot per region
        Benchmark, // own network vs each competitor brand, per section
        Nps, // promoters, passives and detractors and the NPS, wave by wave
        Scales, // the answers of every rating question, stacked by scale point
        Drivers, // importance-performance of the standards for the customer's feeling or NPS
    };

    static QList<View> all();
    static QString key(View view); // "by-location", "trend"...
    static std::optional<View> fromKey(const QString& key);
    static QString keys(); // "trend|by-location|..." for usage texts
    static QString name(View view); // what the view selector shows, in the interface's language
};
