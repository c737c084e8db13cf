#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// How shoppers are matched to visits in this programme: the hard rules a pair must keep and the
// weights of the soft costs the engine minimises. Stored as one JSON document in
// assignment_rule; docs/assignment.md describes every field and the cost model.
struct AssignmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRules)

public:
    // Hard rules that can be switched off (status, profile, availability, conflicts, capacity).
    bool activeOnly = true;
    bool profile = true;
    bool availability = true;
    bool conflicts = true;
    bool capacityPerWave = true;
    bool capacityPerDay = true;

    // Distance from home to the location, in km. Channels where the shopper goes in person use
    // maxKm; the others (calls, e-mail, web) remoteMaxKm. No value: no limit. Without coordinates
    // on either side a shopper of the same city counts as sameCityKm away.
    std::optional<double> maxKm = 40.0;
    std::optional<double> remoteMaxKm;
    double sameCityKm = 5.0;
    QStringList inPersonChannels = {QStringLiteral("visit"), QStringLiteral("audit")};

    // Lockout: two visits of one shopper to the same location must be at least lockoutDays apart
    // (no value: the programme's lockout setting) and lockoutWaves waves apart (0: no wave rule).
    // sameBrand widens "the same location" to every location of its brand; competitorGroup to
    // every competitor location.
    std::optional<int> lockoutDays;
    int lockoutWaves = 0;
    bool lockoutSameBrand = false;
    bool lockoutCompetitorGroup = false;

    // Soft cost weights, in cost points.
    double travelPerKm = 1.0;  // per km from home to an in-person location
    double feeWeight = 1.0;    // per unit of the scenario's fee
    double workloadWeight = 5.0; // a shopper's n-th visit of the wave costs (n - 1) x this
    double ratingWeight = 10.0;  // per rating point below preferredRating, on demanding scenarios
    double managerWeight = 5.0;  // per earlier visit to the same region manager's locations
    double preferredRating = 4.0;
    double unratedAs = 3.0;
    int demandingMinutes = 20;     // a scenario of at least this many minutes is demanding ...
    QStringList demandingScenarios; // ... and so is every scenario listed here
    int managerWaves = 3;           // how many earlier waves the manager cost looks back

    // Search: candidates per visit the first network starts with (more are added as the optimum
    // needs them; see docs/assignment.md). A speed setting only: it never changes the result's cost.
    int candidatesPerVisit = 16;

    QJsonObject toJson() const;
    // Reads a rules document (missing fields keep their defaults); on a problem names the field
    // ("distance.max_km: ...") and returns nothing.
    static std::optional<AssignmentRules> fromJson(const QJsonObject& json, QString* error);
    static std::optional<AssignmentRules> fromJson(const QByteArray& json, QString* error);

    // The stored rules of the programme as JSON text; empty when there are none.
    static QString storedJson(const QSqlDatabase& db);
    // The rules in effect: the stored ones, else the defaults. *stored tells which.
    static std::optional<AssignmentRules> forProgramme(const QSqlDatabase& db, bool* stored, QString* error);
    // The lockout in days in effect: lockoutDays, else the programme's setting.
    int effectiveLockoutDays(const QSqlDatabase& db) const;

    bool operator==(const AssignmentRules& other) const { return toJson() == other.toJson(); }
};
