#include "PlanRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QSqlQuery>

namespace {
const QStringList kChannels = {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("email"),
                               QStringLiteral("web"), QStringLiteral("social"), QStringLiteral("audit")};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// Reading helpers: each names the field it complains about.
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
    void onlyKeys(const QJsonObject& object, const QString& field, const QStringList& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(field.isEmpty() ? it.key() : field + QLatin1Char('.') + it.key(),
                     PlanRules::tr("unknown setting (known: %1)").arg(allowed.join(QStringLiteral(", "))));
    }
    QJsonObject object(const QJsonValue& value, const QString& field)
    {
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            fail(field, PlanRules::tr("must be an object"));
        return value.toObject();
    }
    QStringList strings(const QJsonValue& value, const QString& field)
    {
        QStringList result;
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            fail(field, PlanRules::tr("must be a list of texts"));
            return result;
        }
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(field, PlanRules::tr("must be a list of texts"));
                return result;
            }
            if (!result.contains(item.toString().trimmed()))
                result << item.toString().trimmed();
        }
        return result;
    }
    int integer(const QJsonValue& value, const QString& field, int fallback, int minimum, int maximum)
    {
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1e300);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
            fail(field, PlanRules::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return int(number);
    }
    double share(const QJsonValue& value, const QString& field)
    {
        if (!value.isDouble()) {
            fail(field, PlanRules::tr("must be a share between 0 and 1"));
            return 0;
        }
        const double number = value.toDouble();
        if (number > 1 && number <= 100)
            fail(field, PlanRules::tr("%1 is not a share between 0 and 1 (write %2 for %1 %)")
                            .arg(number).arg(number / 100));
        else if (number < 0 || number > 1)
            fail(field, PlanRules::tr("must be a share between 0 and 1"));
        return number;
    }

private:
    QString* m_error;
    bool m_failed = false;
};

int weekdayFromKey(const QString& key)
{
    bool numeric = false;
    const int day = key.toInt(&numeric);
    if (numeric)
        return day >= 1 && day <= 7 ? day : 0;
    static const QStringList names = {QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                      QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                                      QStringLiteral("sunday")};
    const QString lower = key.toLower();
    for (int i = 0; i < names.size(); ++i)
        if (lower.size() >= 3 && names[i].startsWith(lower))
            return i + 1;
    return 0;
}
} // namespace

QStringList PlanRules::daypartCodes()
{
    return {QStringLiteral("morning"), QStringLiteral("midday"), QStringLiteral("afternoon"), QStringLiteral("evening")};
}

std::pair<int, int> PlanRules::daypartMinutes(const QString& daypart)
{
    // Fixed boundaries, documented in docs/sample-plan.md: the trade's usual reading of a day.
    if (daypart == QLatin1String("morning"))
        return {0, 11 * 60};
    if (daypart == QLatin1String("midday"))
        return {11 * 60, 14 * 60};
    if (daypart == QLatin1String("afternoon"))
        return {14 * 60, 17 * 60};
    return {17 * 60, 24 * 60};
}

QJsonObject PlanRules::toJson() const
{
    QJsonObject locations;
    if (!channels.isEmpty())
        locations.insert(QStringLiteral("channels"), toArray(channels));
    if (!regions.isEmpty())
        locations.insert(QStringLiteral("regions"), toArray(regions));
    locations.insert(QStringLiteral("competitors"), competitors == Competitors::Exclude   ? QStringLiteral("exclude")
                                                    : competitors == Competitors::Include ? QStringLiteral("include")
                                                                                          : QStringLiteral("only"));
    locations.insert(QStringLiteral("active_only"), activeOnly);

    QJsonObject visits;
    switch (countMode) {
    case CountMode::Fixed: {
        visits.insert(QStringLiteral("mode"), QStringLiteral("fixed"));
        visits.insert(QStringLiteral("count"), count);
        QJsonObject byChannel;
        for (auto it = countByChannel.begin(); it != countByChannel.end(); ++it)
            byChannel.insert(it.key(), it.value());
        if (!byChannel.isEmpty())
            visits.insert(QStringLiteral("by_channel"), byChannel);
        break;
    }
    case CountMode::ByStaff:
        visits.insert(QStringLiteral("mode"), QStringLiteral("staff"));
        visits.insert(QStringLiteral("staff_per_visit"), staffPerVisit);
        visits.insert(QStringLiteral("min"), minCount);
        visits.insert(QStringLiteral("max"), maxCount);
        break;
    case CountMode::BySizeClass: {
        visits.insert(QStringLiteral("mode"), QStringLiteral("size_class"));
        QJsonObject bySize;
        for (auto it = countBySize.begin(); it != countBySize.end(); ++it)
            bySize.insert(it.key(), it.value());
        visits.insert(QStringLiteral("by_size"), bySize);
        visits.insert(QStringLiteral("default"), defaultSizeCount);
        break;
    }
    }

    QJsonObject scenarioObject;
    scenarioObject.insert(QStringLiteral("allocation"),
                          allocation == Allocation::Rotation ? QStringLiteral("rotation") : QStringLiteral("fixed"));
    scenarioObject.insert(QStringLiteral("codes"), toArray(scenarios));

    QJsonObject weekdays;
    for (auto it = weekdayShares.begin(); it != weekdayShares.end(); ++it)
        weekdays.insert(QString::number(it.key()), it.value());
    QJsonObject dayparts;
    for (auto it = daypartShares.begin(); it != daypartShares.end(); ++it)
        dayparts.insert(it.key(), it.value());

    QJsonObject json;
    json.insert(QStringLiteral("locations"), locations);
    json.insert(QStringLiteral("visits"), visits);
    json.insert(QStringLiteral("scenarios"), scenarioObject);
    json.insert(QStringLiteral("weekdays"), weekdays);
    json.insert(QStringLiteral("dayparts"), dayparts);
    json.insert(QStringLiteral("weeks"), evenWeeks ? QStringLiteral("even") : QStringLiteral("free"));
    return json;
}

std::optional<PlanRules> PlanRules::fromJson(const QByteArray& json, QString* error)
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

std::optional<PlanRules> PlanRules::fromJson(const QJsonObject& json, QString* error)
{
    Reader read(error);
    PlanRules rules;
    read.onlyKeys(json, QString(), {QStringLiteral("locations"), QStringLiteral("visits"), QStringLiteral("scenarios"),
                                    QStringLiteral("weekdays"), QStringLiteral("dayparts"), QStringLiteral("weeks")});

    const QJsonObject locations = read.object(json.value(QStringLiteral("locations")), QStringLiteral("locations"));
    read.onlyKeys(locations, QStringLiteral("locations"),
                  {QStringLiteral("channels"), QStringLiteral("regions"), QStringLiteral("competitors"),
                   QStringLiteral("active_only")});
    rules.channels = read.strings(locations.value(QStringLiteral("channels")), QStringLiteral("locations.channels"));
    for (const QString& channel : std::as_const(rules.channels))
        if (!kChannels.contains(channel))
            read.fail(QStringLiteral("locations.channels"),
                      tr("unknown channel “%1” (known: %2)").arg(channel, kChannels.join(QStringLiteral(", "))));
    rules.regions = read.strings(locations.value(QStringLiteral("regions")), QStringLiteral("locations.regions"));
    const QString competitors = locations.value(QStringLiteral("competitors")).toString(QStringLiteral("exclude"));
    if (competitors == QLatin1String("exclude"))
        rules.competitors = Competitors::Exclude;
    else if (competitors == QLatin1String("include"))
        rules.competitors = Competitors::Include;
    else if (competitors == QLatin1String("only"))
        rules.competitors = Competitors::Only;
    else
        read.fail(QStringLiteral("locations.competitors"), tr("must be exclude, include or only"));
    const QJsonValue activeOnly = locations.value(QStringLiteral("active_only"));
    if (!activeOnly.isUndefined() && !activeOnly.isBool())
        read.fail(QStringLiteral("locations.active_only"), tr("must be true or false"));
    rules.activeOnly = activeOnly.toBool(true);

    const QJsonObject visits = read.object(json.value(QStringLiteral("visits")), QStringLiteral("visits"));
    const QString mode = visits.value(QStringLiteral("mode")).toString(QStringLiteral("fixed"));
    if (mode == QLatin1String("fixed")) {
        read.onlyKeys(visits, QStringLiteral("visits"),
                      {QStringLiteral("mode"), QStringLiteral("count"), QStringLiteral("by_channel")});
        rules.countMode = CountMode::Fixed;
        rules.count = read.integer(visits.value(QStringLiteral("count")), QStringLiteral("visits.count"), 1, 0, 1000);
        const QJsonObject byChannel = read.object(visits.value(QStringLiteral("by_channel")), QStringLiteral("visits.by_channel"));
        for (auto it = byChannel.begin(); it != byChannel.end(); ++it) {
            const QString field = QStringLiteral("visits.by_channel.") + it.key();
            if (!kChannels.contains(it.key()))
                read.fail(field, tr("unknown channel (known: %1)").arg(kChannels.join(QStringLiteral(", "))));
            rules.countByChannel.insert(it.key(), read.integer(it.value(), field, 0, 0, 1000));
        }
    } else if (mode == QLatin1String("staff")) {
        read.onlyKeys(visits, QStringLiteral("visits"),
                      {QStringLiteral("mode"), QStringLiteral("staff_per_visit"), QStringLiteral("min"), QStringLiteral("max")});
        rules.countMode = CountMode::ByStaff;
        rules.staffPerVisit = read.integer(visits.value(QStringLiteral("staff_per_visit")),
                                           QStringLiteral("visits.staff_per_visit"), 5, 1, 100000);
        rules.minCount = read.integer(visits.value(QStringLiteral("min")), QStringLiteral("visits.min"), 1, 0, 1000);
        rules.maxCount = read.integer(visits.value(QStringLiteral("max")), QStringLiteral("visits.max"), 10, 0, 1000);
    } else if (mode == QLatin1String("size_class")) {
        read.onlyKeys(visits, QStringLiteral("visits"),
                      {QStringLiteral("mode"), QStringLiteral("by_size"), QStringLiteral("default")});
        rules.countMode = CountMode::BySizeClass;
        const QJsonObject bySize = read.object(visits.value(QStringLiteral("by_size")), QStringLiteral("visits.by_size"));
        for (auto it = bySize.begin(); it != bySize.end(); ++it)
            rules.countBySize.insert(it.key(), read.integer(it.value(), QStringLiteral("visits.by_size.") + it.key(), 0, 0, 1000));
        rules.defaultSizeCount = read.integer(visits.value(QStringLiteral("default")), QStringLiteral("visits.default"), 1, 0, 1000);
    } else {
        read.fail(QStringLiteral("visits.mode"), tr("must be fixed, staff or size_class"));
    }

    const QJsonObject scenarios = read.object(json.value(QStringLiteral("scenarios")), QStringLiteral("scenarios"));
    read.onlyKeys(scenarios, QStringLiteral("scenarios"), {QStringLiteral("allocation"), QStringLiteral("codes")});
    const QString allocation = scenarios.value(QStringLiteral("allocation")).toString(QStringLiteral("rotation"));
    if (allocation == QLatin1String("rotation"))
        rules.allocation = Allocation::Rotation;
    else if (allocation == QLatin1String("fixed"))
        rules.allocation = Allocation::Fixed;
    else
        read.fail(QStringLiteral("scenarios.allocation"), tr("must be rotation or fixed"));
    rules.scenarios = read.strings(scenarios.value(QStringLiteral("codes")), QStringLiteral("scenarios.codes"));

    const QJsonObject weekdays = read.object(json.value(QStringLiteral("weekdays")), QStringLiteral("weekdays"));
    for (auto it = weekdays.begin(); it != weekdays.end(); ++it) {
        const int day = weekdayFromKey(it.key());
        const QString field = QStringLiteral("weekdays.") + it.key();
        if (day == 0)
            read.fail(field, tr("not a weekday (1 = Monday … 7 = Sunday, or a name such as saturday)"));
        else
            rules.weekdayShares.insert(day, read.share(it.value(), field));
    }
    const QJsonObject dayparts = read.object(json.value(QStringLiteral("dayparts")), QStringLiteral("dayparts"));
    for (auto it = dayparts.begin(); it != dayparts.end(); ++it) {
        const QString field = QStringLiteral("dayparts.") + it.key();
        if (!daypartCodes().contains(it.key()))
            read.fail(field, tr("not a daypart (known: %1)").arg(daypartCodes().join(QStringLiteral(", "))));
        else
            rules.daypartShares.insert(it.key(), read.share(it.value(), field));
    }
    const QString weeks = json.value(QStringLiteral("weeks")).toString(QStringLiteral("even"));
    if (weeks != QLatin1String("even") && weeks != QLatin1String("free"))
        read.fail(QStringLiteral("weeks"), tr("must be even or free"));
    rules.evenWeeks = weeks == QLatin1String("even");

    if (read.failed())
        return std::nullopt;
    const QString why = rules.problem();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return rules;
}

QString PlanRules::problem() const
{
    double weekdayTotal = 0;
    for (double share : weekdayShares) {
        if (share < 0 || share > 1)
            return tr("weekdays: every share must be between 0 and 1");
        weekdayTotal += share;
    }
    if (weekdayTotal > 1.0 + 1e-9)
        return tr("weekdays: the quotas add up to %1 %, more than 100 %").arg(weekdayTotal * 100, 0, 'f', 1);
    if (weekdayShares.size() == 7 && weekdayTotal < 1.0 - 1e-9)
        return tr("weekdays: every day has a quota but they add up to only %1 %").arg(weekdayTotal * 100, 0, 'f', 1);
    double daypartTotal = 0;
    for (double share : daypartShares) {
        if (share < 0 || share > 1)
            return tr("dayparts: every share must be between 0 and 1");
        daypartTotal += share;
    }
    if (daypartTotal > 1.0 + 1e-9)
        return tr("dayparts: the quotas add up to %1 %, more than 100 %").arg(daypartTotal * 100, 0, 'f', 1);
    if (daypartShares.size() == daypartCodes().size() && daypartTotal < 1.0 - 1e-9)
        return tr("dayparts: every daypart has a quota but they add up to only %1 %").arg(daypartTotal * 100, 0, 'f', 1);
    if (countMode == CountMode::ByStaff && minCount > maxCount)
        return tr("visits: the minimum %1 is above the maximum %2").arg(minCount).arg(maxCount);
    return {};
}

QString PlanRules::storedJson(const QSqlDatabase& db, qint64 waveId)
{
    QSqlQuery query(db);
    query.prepare(waveId > 0 ? QStringLiteral("SELECT rule FROM sample_rule WHERE kind = 'plan' AND wave_id = ? ORDER BY position LIMIT 1")
                             : QStringLiteral("SELECT rule FROM sample_rule WHERE kind = 'plan' AND wave_id IS NULL ORDER BY position LIMIT 1"));
    if (waveId > 0)
        query.addBindValue(waveId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

std::optional<PlanRules> PlanRules::forWave(const QSqlDatabase& db, qint64 waveId, QString* source, QString* error)
{
    QString json = storedJson(db, waveId);
    QString from = QStringLiteral("wave");
    if (json.isEmpty()) {
        json = storedJson(db, 0);
        from = QStringLiteral("programme");
    }
    if (source)
        *source = json.isEmpty() ? QStringLiteral("default") : from;
    if (json.isEmpty())
        return PlanRules();
    QString why;
    auto rules = fromJson(json.toUtf8(), &why);
    if (!rules && error)
        *error = tr("the stored plan rules cannot be read: %1").arg(why);
    return rules;
}
