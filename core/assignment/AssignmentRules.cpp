#include "AssignmentRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>

namespace {
const QStringList kChannels = {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("email"),
                               QStringLiteral("web"), QStringLiteral("social"), QStringLiteral("audit")};

// Reading helpers: each names the field it complains about; the first problem wins.
class Reader
{
public:
    explicit Reader(QString* error)
        : m_error(error)
    {
    }
    bool failed() const { return m_failed; }
    void fail(const QString& field, const QString& message)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = QStringLiteral("%1: %2").arg(field, message);
    }
    QJsonObject section(const QJsonObject& json, const QString& key, const QStringList& allowed)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            fail(key, AssignmentRules::tr("must be an object"));
            return {};
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(key + QLatin1Char('.') + it.key(),
                     AssignmentRules::tr("unknown setting (known: %1)").arg(allowed.join(QStringLiteral(", "))));
        return object;
    }
    bool flag(const QJsonObject& object, const QString& section, const QString& key, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(section + QLatin1Char('.') + key, AssignmentRules::tr("must be true or false"));
        return value.toBool(fallback);
    }
    double number(const QJsonObject& object, const QString& section, const QString& key, double fallback, double minimum,
                  double maximum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum) {
            fail(section + QLatin1Char('.') + key, AssignmentRules::tr("must be a number from %1 to %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return value.toDouble();
    }
    // A positive limit, or null for none.
    std::optional<double> limit(const QJsonObject& object, const QString& section, const QString& key,
                                std::optional<double> fallback, double maximum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (value.isNull())
            return std::nullopt;
        if (!value.isDouble() || value.toDouble() <= 0 || value.toDouble() > maximum) {
            fail(section + QLatin1Char('.') + key,
                 AssignmentRules::tr("must be a number above 0 and at most %1, or null for no limit").arg(maximum));
            return fallback;
        }
        return value.toDouble();
    }
    int whole(const QJsonObject& object, const QString& section, const QString& key, int fallback, int minimum, int maximum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1e300);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
            fail(section + QLatin1Char('.') + key,
                 AssignmentRules::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return int(number);
    }
    QStringList texts(const QJsonObject& object, const QString& section, const QString& key, const QStringList& fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        QStringList result;
        const QString field = section + QLatin1Char('.') + key;
        if (!value.isArray()) {
            fail(field, AssignmentRules::tr("must be a list of texts"));
            return fallback;
        }
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(field, AssignmentRules::tr("must be a list of texts"));
                return fallback;
            }
            if (!result.contains(item.toString().trimmed()))
                result << item.toString().trimmed();
        }
        return result;
    }

private:
    QString* m_error;
    bool m_failed = false;
};

QJsonValue limitValue(const std::optional<double>& limit)
{
    return limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject AssignmentRules::toJson() const
{
    QJsonObject lockout{{QStringLiteral("waves"), lockoutWaves},
                        {QStringLiteral("same_brand"), lockoutSameBrand},
                        {QStringLiteral("competitor_group"), lockoutCompetitorGroup}};
    if (lockoutDays)
        lockout.insert(QStringLiteral("days"), *lockoutDays);
    return {
        {QStringLiteral("hard"),
         QJsonObject{{QStringLiteral("active_only"), activeOnly},
                     {QStringLiteral("profile"), profile},
                     {QStringLiteral("availability"), availability},
                     {QStringLiteral("conflicts"), conflicts},
                     {QStringLiteral("capacity_per_wave"), capacityPerWave},
                     {QStringLiteral("capacity_per_day"), capacityPerDay}}},
        {QStringLiteral("distance"),
         QJsonObject{{QStringLiteral("max_km"), limitValue(maxKm)},
                     {QStringLiteral("remote_max_km"), limitValue(remoteMaxKm)},
                     {QStringLiteral("same_city_km"), sameCityKm},
                     {QStringLiteral("in_person_channels"), QJsonArray::fromStringList(inPersonChannels)}}},
        {QStringLiteral("lockout"), lockout},
        {QStringLiteral("costs"),
         QJsonObject{{QStringLiteral("travel_per_km"), travelPerKm},
                     {QStringLiteral("fee"), feeWeight},
                     {QStringLiteral("workload"), workloadWeight},
                     {QStringLiteral("rating"), ratingWeight},
                     {QStringLiteral("manager"), managerWeight}}},
        {QStringLiteral("rating"),
         QJsonObject{{QStringLiteral("preferred"), preferredRating},
                     {QStringLiteral("unrated_as"), unratedAs},
                     {QStringLiteral("demanding_minutes"), demandingMinutes},
                     {QStringLiteral("demanding_scenarios"), QJsonArray::fromStringList(demandingScenarios)}}},
        {QStringLiteral("manager"), QJsonObject{{QStringLiteral("waves"), managerWaves}}},
        {QStringLiteral("search"), QJsonObject{{QStringLiteral("candidates_per_visit"), candidatesPerVisit}}},
    };
}

std::optional<AssignmentRules> AssignmentRules::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString())
                         : tr("the rules must be a JSON object");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

std::optional<AssignmentRules> AssignmentRules::fromJson(const QJsonObject& json, QString* error)
{
    Reader read(error);
    AssignmentRules rules;
    const QStringList sections = {QStringLiteral("hard"),   QStringLiteral("distance"), QStringLiteral("lockout"),
                                  QStringLiteral("costs"),  QStringLiteral("rating"),   QStringLiteral("manager"),
                                  QStringLiteral("search")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!sections.contains(it.key()))
            read.fail(it.key(), tr("unknown setting (known: %1)").arg(sections.join(QStringLiteral(", "))));

    const QString hardKey = QStringLiteral("hard");
    const QJsonObject hard = read.section(json, hardKey,
                                          {QStringLiteral("active_only"), QStringLiteral("profile"), QStringLiteral("availability"),
                                           QStringLiteral("conflicts"), QStringLiteral("capacity_per_wave"),
                                           QStringLiteral("capacity_per_day")});
    rules.activeOnly = read.flag(hard, hardKey, QStringLiteral("active_only"), rules.activeOnly);
    rules.profile = read.flag(hard, hardKey, QStringLiteral("profile"), rules.profile);
    rules.availability = read.flag(hard, hardKey, QStringLiteral("availability"), rules.availability);
    rules.conflicts = read.flag(hard, hardKey, QStringLiteral("conflicts"), rules.conflicts);
    rules.capacityPerWave = read.flag(hard, hardKey, QStringLiteral("capacity_per_wave"), rules.capacityPerWave);
    rules.capacityPerDay = read.flag(hard, hardKey, QStringLiteral("capacity_per_day"), rules.capacityPerDay);

    const QString distanceKey = QStringLiteral("distance");
    const QJsonObject distance = read.section(json, distanceKey,
                                              {QStringLiteral("max_km"), QStringLiteral("remote_max_km"),
                                               QStringLiteral("same_city_km"), QStringLiteral("in_person_channels")});
    rules.maxKm = read.limit(distance, distanceKey, QStringLiteral("max_km"), rules.maxKm, 20000);
    rules.remoteMaxKm = read.limit(distance, distanceKey, QStringLiteral("remote_max_km"), rules.remoteMaxKm, 20000);
    rules.sameCityKm = read.number(distance, distanceKey, QStringLiteral("same_city_km"), rules.sameCityKm, 0, 1000);
    rules.inPersonChannels = read.texts(distance, distanceKey, QStringLiteral("in_person_channels"), rules.inPersonChannels);
    for (const QString& channel : std::as_const(rules.inPersonChannels))
        if (!kChannels.contains(channel))
            read.fail(QStringLiteral("distance.in_person_channels"),
                      tr("unknown channel “%1” (known: %2)").arg(channel, kChannels.join(QStringLiteral(", "))));

    const QString lockoutKey = QStringLiteral("lockout");
    const QJsonObject lockout = read.section(json, lockoutKey,
                                             {QStringLiteral("days"), QStringLiteral("waves"), QStringLiteral("same_brand"),
                                              QStringLiteral("competitor_group")});
    if (lockout.contains(QStringLiteral("days")))
        rules.lockoutDays = read.whole(lockout, lockoutKey, QStringLiteral("days"), 0, 0, 3650);
    rules.lockoutWaves = read.whole(lockout, lockoutKey, QStringLiteral("waves"), rules.lockoutWaves, 0, 100);
    rules.lockoutSameBrand = read.flag(lockout, lockoutKey, QStringLiteral("same_brand"), rules.lockoutSameBrand);
    rules.lockoutCompetitorGroup = read.flag(lockout, lockoutKey, QStringLiteral("competitor_group"), rules.lockoutCompetitorGroup);

    const QString costsKey = QStringLiteral("costs");
    const QJsonObject costs = read.section(json, costsKey,
                                           {QStringLiteral("travel_per_km"), QStringLiteral("fee"), QStringLiteral("workload"),
                                            QStringLiteral("rating"), QStringLiteral("manager")});
    constexpr double maxWeight = 10000;
    rules.travelPerKm = read.number(costs, costsKey, QStringLiteral("travel_per_km"), rules.travelPerKm, 0, maxWeight);
    rules.feeWeight = read.number(costs, costsKey, QStringLiteral("fee"), rules.feeWeight, 0, maxWeight);
    rules.workloadWeight = read.number(costs, costsKey, QStringLiteral("workload"), rules.workloadWeight, 0, maxWeight);
    rules.ratingWeight = read.number(costs, costsKey, QStringLiteral("rating"), rules.ratingWeight, 0, maxWeight);
    rules.managerWeight = read.number(costs, costsKey, QStringLiteral("manager"), rules.managerWeight, 0, maxWeight);

    const QString ratingKey = QStringLiteral("rating");
    const QJsonObject rating = read.section(json, ratingKey,
                                            {QStringLiteral("preferred"), QStringLiteral("unrated_as"),
                                             QStringLiteral("demanding_minutes"), QStringLiteral("demanding_scenarios")});
    rules.preferredRating = read.number(rating, ratingKey, QStringLiteral("preferred"), rules.preferredRating, 0, 5);
    rules.unratedAs = read.number(rating, ratingKey, QStringLiteral("unrated_as"), rules.unratedAs, 0, 5);
    rules.demandingMinutes = read.whole(rating, ratingKey, QStringLiteral("demanding_minutes"), rules.demandingMinutes, 0, 1440);
    rules.demandingScenarios = read.texts(rating, ratingKey, QStringLiteral("demanding_scenarios"), rules.demandingScenarios);

    const QString managerKey = QStringLiteral("manager");
    const QJsonObject manager = read.section(json, managerKey, {QStringLiteral("waves")});
    rules.managerWaves = read.whole(manager, managerKey, QStringLiteral("waves"), rules.managerWaves, 0, 100);

    const QString searchKey = QStringLiteral("search");
    const QJsonObject search = read.section(json, searchKey, {QStringLiteral("candidates_per_visit")});
    rules.candidatesPerVisit = read.whole(search, searchKey, QStringLiteral("candidates_per_visit"), rules.candidatesPerVisit, 1, 10000);

    if (read.failed())
        return std::nullopt;
    return rules;
}

QString AssignmentRules::storedJson(const QSqlDatabase& db)
{
    QSqlQuery query(QStringLiteral("SELECT rule FROM assignment_rule WHERE id = 1"), db);
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<AssignmentRules> AssignmentRules::forProgramme(const QSqlDatabase& db, bool* stored, QString* error)
{
    const QString json = storedJson(db);
    if (stored)
        *stored = !json.isEmpty();
    if (json.isEmpty())
        return AssignmentRules();
    QString why;
    auto rules = fromJson(json.toUtf8(), &why);
    if (!rules && error)
        *error = tr("the stored assignment rules cannot be read: %1").arg(why);
    return rules;
}

int AssignmentRules::effectiveLockoutDays(const QSqlDatabase& db) const
{
    if (lockoutDays)
        return *lockoutDays;
    QSqlQuery query(QStringLiteral("SELECT lockout_days FROM programme WHERE id = 1"), db);
    return query.next() ? query.value(0).toInt() : 60;
}
