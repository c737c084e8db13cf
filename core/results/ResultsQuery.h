#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

// What to aggregate from the stored scores and answers (docs/results.md): a measure, the
// dimensions to group by, filters, and whether submitted (not yet approved) reports count.
struct ResultsQuery
{
    Q_DECLARE_TR_FUNCTIONS(ResultsQuery)

public:
    enum class Dimension
    {
        Wave,
        Country,
        Region, // a location's region, whether it hangs off the region or one of its areas
        Area,
        Location,
        Channel,
        Scenario,
        Competitor, // the location's competitor flag
        Brand, // the location's brand (the client's own, or each competitor's)
        Staff, // the report's staff description, as written
        Section, // matched across questionnaire versions by code
        Question, // matched across questionnaire versions by code
    };

    enum class Measure
    {
        Mean, // mean score: of the visits, of each section (by/filter section) or question
        YesShare, // share of "yes" among yes and no answers of each yes/no question
        Nps, // promoters (9-10) minus detractors (0-6) of each NPS question, in points
        Distribution, // answers per option or scale point (questions), else scores per score band
    };

    Measure measure = Measure::Mean;
    QList<Dimension> by;
    // A report counts when it matches one of the values of every filtered dimension. Values are
    // codes or names: a wave's code or name, a location's code, a region's, area's or country's
    // name, a channel's or scenario's code, a section's or question's code, a staff description,
    // "yes" or "no" for the competitor flag.
    QMap<Dimension, QStringList> filters;
    bool includePending = false; // submitted reports count besides approved ones
    double confidence = 0.95;

    static QList<Dimension> allDimensions();
    static QString dimensionKey(Dimension dimension); // "wave", "region", ... for the CLI and JSON
    static std::optional<Dimension> dimensionFromKey(const QString& key);
    // "wave,region" -> {Wave, Region}; unknown or repeated names are refused, naming them.
    static std::optional<QList<Dimension>> parseDimensions(const QString& list, QString* error);
    static QString measureKey(Measure measure); // "mean", "yes", "nps", "distribution"
    // "region=Vidzeme" -> (Region, "Vidzeme"); nothing when there is no "=", no value or no such dimension.
    static std::optional<std::pair<Dimension, QString>> parseFilter(const QString& text);
    // "90", "95" or "99" -> 0.90, 0.95, 0.99; nothing for any other text.
    static std::optional<double> confidenceFromPercent(const QString& text);
    static std::optional<Measure> measureFromKey(const QString& key);
};
