#include "ChartView.h"

#include <QStringList>

namespace {
const std::pair<ChartViews::View, const char*> kViewKeys[] = {
    { ChartViews::View::ByLocation, "by-location" }, { ChartViews::View::Trend, "trend" },
    { ChartViews::View::Sections, "sections" },      { ChartViews::View::Compliance, "compliance" },
    { ChartViews::View::Heatmap, "heatmap" },        { ChartViews::View::Distribution, "distribution" },
    { ChartViews::View::Benchmark, "benchmark" },    { ChartViews::View::Nps, "nps" },
    { ChartViews::View::Scales, "scales" },          { ChartViews::View::Drivers, "drivers" },
};
} // namespace

QList<ChartViews::View> ChartViews::all()
{
    QList<View> views;
    for (const auto& [view, key] : kViewKeys)
        views << view;
    return views;
}

QString ChartViews::key(View view)
{
    for (const auto& [candidate, key] : kViewKeys)
        if (candidate == view)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ChartViews::View> ChartViews::fromKey(const QString& key)
{
    for (const auto& [view, candidate] : kViewKeys)
        if (key == QLatin1String(candidate))
            return view;
    return std::nullopt;
}

QString ChartViews::keys()
{
    QStringList keys;
    for (const auto& [view, key] : kViewKeys)
        keys << QString::fromLatin1(key);
    return keys.join(QLatin1Char('|'));
}

QString ChartViews::name(View view)
{
    switch (view) {
    case View::ByLocation: return tr("Score by place");
    case View::Trend: return tr("Trend over waves");
    case View::Sections: return tr("Section profile");
    case View::Compliance: return tr("Compliance per standard");
    case View::Heatmap: return tr("Heat map of sections");
    case View::Distribution: return tr("Distribution of visit scores");
    case View::Benchmark: return tr("Competitor benchmark");
    case View::Nps: return tr("Net Promoter Score");
    case View::Scales: return tr("Answers on the rating scales");
    case View::Drivers: return tr("Driver analysis");
    }
    return {};
}
