#include "PlanSummary.h"

#include "SampleSize.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The region and the country of a location from its geographical unit, which may be an area (in
// a region), a region (in a country) or a country (the Locations table derives them the same way).
// Needs `g`, the location's unit, and `ga`, the region above an area.
const char* const kRegionId = "CASE g.level WHEN 'area' THEN g.parent_id WHEN 'region' THEN g.id END";
const char* const kCountryId
    = "coalesce(ga.parent_id, CASE g.level WHEN 'country' THEN g.id WHEN 'region' THEN g.parent_id END)";
const char* const kGeography = "LEFT JOIN geo_unit g ON g.id = l.geo_unit_id "
                               "LEFT JOIN geo_unit ga ON ga.id = g.parent_id AND g.level = 'area'";

// Planned visits: a cancelled visit costs nothing and measures nothing.
QString visitsWhere(bool oneWave)
{
    return oneWave ? QStringLiteral("WHERE v.status <> 'cancelled' AND v.wave_id = ?")
                   : QStringLiteral("WHERE v.status <> 'cancelled'");
}

// The columns of the cell query, for a dimension that is grouped or not (NULL keeps the layout).
QString key(bool grouped, const char* expression, const char* name)
{
    return QStringLiteral("%1 AS %2")
        .arg(grouped ? QLatin1String(expression) : QLatin1String("NULL"), QLatin1String(name));
}

QString cellSql(PlanSummary::Dimensions by, bool oneWave)
{
    QStringList groups;
    if (by.testFlag(PlanSummary::Wave))
        groups << QStringLiteral("p.wave_id");
    if (by.testFlag(PlanSummary::Region))
        groups << QStringLiteral("p.region_id") << QStringLiteral("p.country_id");
    if (by.testFlag(PlanSummary::Scenario))
        groups << QStringLiteral("p.scenario_id");
    if (by.testFlag(PlanSummary::Channel))
        groups << QStringLiteral("p.channel");
    if (by.testFlag(PlanSummary::Location))
        groups << QStringLiteral("p.location_id");

    // Visits are counted per wave, location and scenario first (the fee is the scenario's), so
    // every join below works on those counts rather than on each visit.
    return QStringLiteral(
               "WITH base AS ("
               " SELECT v.wave_id, v.location_id, v.scenario_id, count(*) AS n FROM visit v %1"
               " GROUP BY v.wave_id, v.location_id, v.scenario_id), "
               "placed AS ("
               " SELECT b.wave_id, b.location_id, b.scenario_id, b.n, b.n * s.fee AS budget, l.channel,"
               " %2 AS region_id, %3 AS country_id"
               " FROM base b JOIN location l ON l.id = b.location_id"
               " JOIN scenario s ON s.id = b.scenario_id %4), "
               "cell AS ("
               " SELECT %5, %6, %7, %8, %9, %10, sum(p.n) AS visits, sum(p.budget) AS budget"
               " FROM placed p %11) "
               "SELECT c.wave_id, w.code, w.name, c.region_id, r.name, co.name, c.scenario_id, s.code,"
               " (SELECT t.title FROM scenario_text t WHERE t.scenario_id = s.id"
               "  AND t.language = (SELECT source_language FROM programme)),"
               " c.channel, c.location_id, l.code, l.name, c.visits, c.budget "
               "FROM cell c LEFT JOIN wave w ON w.id = c.wave_id LEFT JOIN geo_unit r ON r.id = c.region_id"
               " LEFT JOIN geo_unit co ON co.id = c.country_id LEFT JOIN scenario s ON s.id = c.scenario_id"
               " LEFT JOIN location l ON l.id = c.location_id "
               "WHERE c.visits > 0 "
               "ORDER BY w.starts_on, w.code, co.name IS NULL, co.name, r.name IS NULL, r.name, s.code,"
               " instr('visit call email web social audit', c.channel), l.code")
        .arg(visitsWhere(oneWave), QLatin1String(kRegionId), QLatin1String(kCountryId),
             QLatin1String(kGeography), key(by.testFlag(PlanSummary::Wave), "p.wave_id", "wave_id"),
             key(by.testFlag(PlanSummary::Region), "p.region_id", "region_id"),
             key(by.testFlag(PlanSummary::Region), "p.country_id", "country_id"),
             key(by.testFlag(PlanSummary::Scenario), "p.scenario_id", "scenario_id"),
             key(by.testFlag(PlanSummary::Channel), "p.channel", "channel"))
        .arg(key(by.testFlag(PlanSummary::Location), "p.location_id", "location_id"),
             groups.isEmpty() ? QString() : QStringLiteral("GROUP BY ") + groups.join(QStringLiteral(", ")));
}

// The three reporting levels, each per wave, in one statement. Takes the wave (when one is
// chosen) and then the threshold three times.
QString levelSql(bool oneWave)
{
    return QStringLiteral("WITH base AS ("
                          " SELECT v.wave_id, v.location_id, count(*) AS n FROM visit v %1"
                          " GROUP BY v.wave_id, v.location_id), "
                          "regional AS ("
                          " SELECT b.wave_id, %2 AS region_id, %3 AS country_id, sum(b.n) AS n"
                          " FROM base b JOIN location l ON l.id = b.location_id %4 GROUP BY 1, 2, 3), "
                          "waves AS (SELECT wave_id, sum(n) AS n FROM base GROUP BY wave_id) "
                          "SELECT 0, count(*), min(n), max(n), total(n < ?) FROM waves "
                          "UNION ALL SELECT 1, count(*), min(n), max(n), total(n < ?) FROM regional "
                          "UNION ALL SELECT 2, count(*), min(n), max(n), total(n < ?) FROM base")
        .arg(visitsWhere(oneWave), QLatin1String(kRegionId), QLatin1String(kCountryId),
             QLatin1String(kGeography));
}

QString levelKey(PlanSummary::Level level)
{
    switch (level) {
    case PlanSummary::Level::Programme:
        return QStringLiteral("programme");
    case PlanSummary::Level::Region:
        return QStringLiteral("region");
    case PlanSummary::Level::Location:
        return QStringLiteral("location");
    }
    return {};
}

// Money is shown to the cent; sums of fees carry float noise below that.
double cents(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

QJsonValue marginJson(const std::optional<double>& margin)
{
    return margin ? QJsonValue(*margin) : QJsonValue();
}

} // namespace

std::optional<double> PlanSummary::marginFor(qint64 n)
{
    if (n < 1)
        return std::nullopt;
    // Without a population the margin is z·sqrt(p(1 - p)/n): the margin of one visit over
    // sqrt(n). Computing the quantile once keeps a table of 50,000 cells quick.
    static const double oneVisit = SampleSize::proportionMargin(referenceShare, 1, confidence).value_or(0.0);
    return oneVisit / std::sqrt(static_cast<double>(n));
}

std::optional<PlanSummary> PlanSummary::read(const QSqlDatabase& db, const Options& options, QString* error)
{
    PlanSummary summary;
    summary.waveId = options.waveId;
    summary.by = options.by;
    const bool oneWave = options.waveId.has_value();

    QSqlQuery query(db);
    auto failed = [&] {
        fail(error, tr("The plan summary cannot be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    };
    if (!query.exec(QStringLiteral("SELECT small_base_threshold FROM programme")) || !query.next())
        return failed();
    summary.smallBaseThreshold = query.value(0).toInt();
    if (oneWave) {
        query.prepare(QStringLiteral("SELECT code, name FROM wave WHERE id = ?"));
        query.addBindValue(*options.waveId);
        if (!query.exec())
            return failed();
        if (!query.next()) {
            fail(error, tr("The wave chosen for the plan summary no longer exists."));
            return std::nullopt;
        }
        summary.waveCode = query.value(0).toString();
        summary.waveName = query.value(1).toString();
    }

    query.setForwardOnly(true);
    if (!query.prepare(cellSql(options.by, oneWave)))
        return failed();
    if (oneWave)
        query.addBindValue(*options.waveId);
    if (!query.exec())
        return failed();
    const int threshold = summary.smallBaseThreshold;
    while (query.next()) {
        Cell cell;
        cell.waveId = query.value(0).toLongLong();
        cell.waveCode = query.value(1).toString();
        cell.waveName = query.value(2).toString();
        cell.regionId = query.value(3).toLongLong();
        cell.region = query.value(4).toString();
        cell.country = query.value(5).toString();
        cell.scenarioId = query.value(6).toLongLong();
        cell.scenarioCode = query.value(7).toString();
        cell.scenarioTitle = query.value(8).toString();
        cell.channel = query.value(9).toString();
        cell.locationId = query.value(10).toLongLong();
        cell.locationCode = query.value(11).toString();
        cell.locationName = query.value(12).toString();
        cell.visits = query.value(13).toLongLong();
        cell.budget = query.value(14).toDouble();
        cell.margin = marginFor(cell.visits);
        cell.tooSmall = SampleSize::isSmallBase(cell.visits, threshold);
        summary.total.visits += cell.visits;
        summary.total.budget += cell.budget;
        summary.cells.append(cell);
    }
    if (query.lastError().isValid())
        return failed();
    summary.total.margin = marginFor(summary.total.visits);
    summary.total.tooSmall = SampleSize::isSmallBase(summary.total.visits, threshold);

    if (!query.prepare(levelSql(oneWave)))
        return failed();
    if (oneWave)
        query.addBindValue(*options.waveId);
    for (int i = 0; i < 3; ++i)
        query.addBindValue(threshold);
    if (!query.exec())
        return failed();
    while (query.next()) {
        LevelPrecision level;
        level.level = Level(query.value(0).toInt());
        level.cells = query.value(1).toLongLong();
        level.smallestBase = query.value(2).toLongLong();
        level.largestBase = query.value(3).toLongLong();
        level.tooSmall = qint64(query.value(4).toDouble());
        level.widestMargin = marginFor(level.smallestBase);
        summary.levels.append(level);
    }
    if (query.lastError().isValid() || summary.levels.size() != 3)
        return failed();
    return summary;
}

QList<PlanSummary::Dimension> PlanSummary::allDimensions()
{
    return { Wave, Region, Scenario, Channel, Location };
}

QString PlanSummary::dimensionKey(Dimension dimension)
{
    switch (dimension) {
    case Wave:
        return QStringLiteral("wave");
    case Region:
        return QStringLiteral("region");
    case Scenario:
        return QStringLiteral("scenario");
    case Channel:
        return QStringLiteral("channel");
    case Location:
        return QStringLiteral("location");
    }
    return {};
}

std::optional<PlanSummary::Dimensions> PlanSummary::parseDimensions(const QString& list, QString* error)
{
    Dimensions dimensions;
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.size() == 1 && names.first().trimmed() == QLatin1String("none"))
        return dimensions;
    for (const QString& name : names) {
        const QString trimmed = name.trimmed().toLower();
        bool known = false;
        for (Dimension dimension : allDimensions()) {
            if (dimensionKey(dimension) == trimmed) {
                dimensions |= dimension;
                known = true;
            }
        }
        if (!known) {
            fail(error,
                 tr("“%1” is not a grouping: use wave, region, scenario, channel or location, or none.")
                     .arg(name.trimmed()));
            return std::nullopt;
        }
    }
    return dimensions;
}

QJsonObject PlanSummary::toJson() const
{
    auto figures = [](const Cell& cell, QJsonObject object) {
        object.insert(QStringLiteral("visits"), cell.visits);
        object.insert(QStringLiteral("budget"), cents(cell.budget));
        object.insert(QStringLiteral("margin"), marginJson(cell.margin));
        object.insert(QStringLiteral("too_small"), cell.tooSmall);
        return object;
    };
    QJsonArray cellArray;
    for (const Cell& cell : cells) {
        QJsonObject object;
        if (by.testFlag(Wave))
            object.insert(QStringLiteral("wave"),
                          QJsonObject { { QStringLiteral("code"), cell.waveCode },
                                        { QStringLiteral("name"), cell.waveName } });
        if (by.testFlag(Region))
            object.insert(
                QStringLiteral("region"),
                QJsonObject {
                    { QStringLiteral("name"), cell.regionId ? QJsonValue(cell.region) : QJsonValue() },
                    { QStringLiteral("country"),
                      cell.country.isEmpty() ? QJsonValue() : QJsonValue(cell.country) } });
        if (by.testFlag(Scenario))
            object.insert(QStringLiteral("scenario"),
                          QJsonObject { { QStringLiteral("code"), cell.scenarioCode },
                                        { QStringLiteral("title"), cell.scenarioTitle } });
        if (by.testFlag(Channel))
            object.insert(QStringLiteral("channel"), cell.channel);
        if (by.testFlag(Location))
            object.insert(QStringLiteral("location"),
                          QJsonObject { { QStringLiteral("code"), cell.locationCode },
                                        { QStringLiteral("name"), cell.locationName } });
        cellArray.append(figures(cell, object));
    }
    QJsonArray byArray;
    for (Dimension dimension : allDimensions())
        if (by.testFlag(dimension))
            byArray.append(dimensionKey(dimension));
    QJsonArray levelArray;
    for (const LevelPrecision& level : levels)
        levelArray.append(
            QJsonObject { { QStringLiteral("level"), levelKey(level.level) },
                          { QStringLiteral("cells"), level.cells },
                          { QStringLiteral("smallest_base"), level.smallestBase },
                          { QStringLiteral("largest_base"), level.largestBase },
                          { QStringLiteral("too_small"), level.tooSmall },
                          { QStringLiteral("widest_margin"), marginJson(level.widestMargin) } });
    return QJsonObject {
        { QStringLiteral("wave"),
          waveId ? QJsonValue(
              QJsonObject { { QStringLiteral("code"), waveCode }, { QStringLiteral("name"), waveName } })
                 : QJsonValue() },
        { QStringLiteral("by"), byArray },
        { QStringLiteral("confidence"), confidence },
        { QStringLiteral("reference_share"), referenceShare },
        { QStringLiteral("small_base_threshold"), smallBaseThreshold },
        { QStringLiteral("cells"), cellArray },
        { QStringLiteral("total"), figures(total, {}) },
        { QStringLiteral("levels"), levelArray },
    };
}
