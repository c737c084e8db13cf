#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The sample plan rules of one wave, or the programme's default for every wave without its own
// ("a series"): which locations, how many visits each, which scenarios, and the weekday,
// daypart and week quotas the dates must meet. Stored as one JSON document in sample_rule
// (docs/sample-plan.md describes the format).
struct PlanRules
{
    Q_DECLARE_TR_FUNCTIONS(PlanRules)

public:
    enum class Competitors { Exclude, Include, Only };
    enum class CountMode { Fixed, ByStaff, BySizeClass };
    enum class Allocation { Fixed, Rotation };

    // Which locations: active ones of these channels and regions (empty = all).
    QStringList channels;
    QStringList regions;
    Competitors competitors = Competitors::Exclude;
    bool activeOnly = true;

    // How many visits each location gets.
    CountMode countMode = CountMode::Fixed;
    int count = 1;                     // Fixed: per location
    QMap<QString, int> countByChannel; // Fixed: overrides per location channel (e.g. call: 10)
    int staffPerVisit = 5;             // ByStaff: one visit per this many staff ...
    int minCount = 1;                  // ... at least ...
    int maxCount = 10;                 // ... at most
    QMap<QString, int> countBySize;    // BySizeClass: visits per size class
    int defaultSizeCount = 1;          // BySizeClass: size classes not listed

    // Which scenarios: codes in order (empty = every active scenario); a location only plays
    // scenarios of its own channel.
    Allocation allocation = Allocation::Rotation;
    QStringList scenarios;

    // Quotas as shares 0..1. Weekdays 1 = Monday .. 7 = Sunday and dayparts not named share
    // the rest in proportion to opening hours.
    QMap<int, double> weekdayShares;
    QMap<QString, double> daypartShares;
    bool evenWeeks = true;

    static QStringList daypartCodes(); // morning, midday, afternoon, evening
    // The daypart's hours as minutes after midnight [start, end).
    static std::pair<int, int> daypartMinutes(const QString& daypart);

    QJsonObject toJson() const;
    // Reads a rules document; on a problem names the field ("weekdays.6: ...") and returns nothing.
    static std::optional<PlanRules> fromJson(const QJsonObject& json, QString* error);
    static std::optional<PlanRules> fromJson(const QByteArray& json, QString* error);
    // The rules checked on their own (shares in range and summing to at most 100 %, counts).
    QString problem() const;

    // The rules that apply to a wave: its own, else the programme default, else the defaults.
    // *source tells which ("wave", "programme" or "default").
    static std::optional<PlanRules> forWave(const QSqlDatabase& db, qint64 waveId, QString* source, QString* error);
    // The stored rules row of a wave (0 = the programme default) as JSON text; empty when none.
    static QString storedJson(const QSqlDatabase& db, qint64 waveId);

    bool operator==(const PlanRules& other) const { return toJson() == other.toJson(); }
};
