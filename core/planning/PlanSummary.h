#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// What the sample plan amounts to: the planned visits (every visit that is not cancelled) of one
// wave or of all waves, counted per cell of any combination of wave, region, scenario, channel
// and location, with the fieldwork budget (the sum of the scenario fees of the cell's visits)
// and the precision a cell of that size gives: the margin of error at 95 % confidence of a
// yes/no standard met 80 % of the time (±14.3 points at 30 visits, ±5.5 at 200). A cell with
// fewer visits than the programme's small-base threshold is too small to report on its own.
//
// The levels say the same for the readings a client gets: the whole programme, each region and
// each location, always per wave (a wave is the reporting period; all units are measured in the
// same wave so that they compare).
//
// Reading is one grouped SQL statement for the cells and one for the levels: the visits are
// counted per wave, location and scenario first, so the joins and the regrouping work on those
// few thousand counts, never on the 200,000 visits of a large programme.
class PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)

public:
    enum Dimension
    {
        Wave = 0x01,
        Region = 0x02, // with its country: regions of two countries may share a name
        Scenario = 0x04,
        Channel = 0x08, // the location's channel: how its visits are made
        Location = 0x10,
    };
    Q_DECLARE_FLAGS(Dimensions, Dimension)

    // The share and confidence the precision is quoted for (DOMAIN.md's reference case).
    static constexpr double referenceShare = 0.8;
    static constexpr double confidence = 0.95;

    struct Cell
    {
        // Only the keys of the grouped dimensions are set; ids are 0 for "none" (a location
        // without a region, or a key that is not grouped).
        qint64 waveId = 0;
        QString waveCode;
        QString waveName;
        qint64 regionId = 0;
        QString region;
        QString country;
        qint64 scenarioId = 0;
        QString scenarioCode;
        QString scenarioTitle; // in the programme's source language
        QString channel; // the stored code ("visit", "call")
        qint64 locationId = 0;
        QString locationCode;
        QString locationName;

        qint64 visits = 0;
        double budget = 0.0;
        std::optional<double> margin; // as a proportion (0.055 is ±5.5 points); none without visits
        bool tooSmall = false; // fewer visits than the small-base threshold
    };

    enum class Level
    {
        Programme,
        Region,
        Location
    };

    struct LevelPrecision
    {
        Level level = Level::Programme;
        qint64 cells = 0; // waves, wave × region, or wave × location with visits
        qint64 smallestBase = 0; // visits in the smallest of those cells
        qint64 largestBase = 0;
        qint64 tooSmall = 0; // cells below the small-base threshold
        std::optional<double> widestMargin; // the margin of the smallest cell
    };

    struct Options
    {
        std::optional<qint64> waveId; // all waves without one
        Dimensions by;
    };

    std::optional<qint64> waveId; // the chosen wave, or all waves
    QString waveCode; // of the chosen wave
    QString waveName;
    Dimensions by;
    int smallBaseThreshold = 5;
    QList<Cell> cells; // in the natural order: wave start, country, region, scenario, channel, location
    Cell total; // no keys; every planned visit of the chosen waves
    QList<LevelPrecision> levels; // programme, region, location

    static std::optional<PlanSummary> read(const QSqlDatabase& db, const Options& options, QString* error);

    // The margin of error of the reference share for n visits; none for n < 1.
    static std::optional<double> marginFor(qint64 n);

    // Dimensions in the order of columns and of --by: wave, region, scenario, channel, location.
    static QList<Dimension> allDimensions();
    static QString dimensionKey(Dimension dimension); // "wave", "region", ... for the CLI and JSON
    // "region,scenario" -> Region | Scenario; "none" is no grouping. Unknown names are refused.
    static std::optional<Dimensions> parseDimensions(const QString& list, QString* error);

    QJsonObject toJson() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PlanSummary::Dimensions)
