#include "ScenarioValidator.h"

#include "shoppers/Shopper.h"

#include "ScenarioStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <cmath>

const QStringList& ScenarioValidator::channels()
{
    static const QStringList list{QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("email"),
                                  QStringLiteral("web"), QStringLiteral("social"), QStringLiteral("audit")};
    return list;
}

const QStringList& ScenarioValidator::genders()
{
    return Shopper::genders(); // a scenario asks for a shopper's gender
}

QStringList ScenarioValidator::problems(const QSqlDatabase& db, const Scenario& scenario, const QString& originalCode)
{
    QStringList problems;
    std::optional<qint64> originalId;
    if (!originalCode.isEmpty()) {
        originalId = ScenarioStore::idOf(db, originalCode);
        if (!originalId)
            return {tr("Code: there is no scenario %1 to change").arg(originalCode)};
    }

    if (scenario.code.isEmpty()) {
        problems << tr("Code: must not be empty");
    } else if (const auto holder = ScenarioStore::idOf(db, scenario.code); holder && holder != originalId) {
        problems << tr("Code: %1 is the code of another scenario").arg(scenario.code);
    }

    if (!channels().contains(scenario.channel)) {
        problems << tr("Channel: “%1” is not a channel; use visit, call, email, web, social or audit").arg(scenario.channel);
    } else if (originalId) {
        // Visits play a scenario in their location's channel (shopscope-cli check holds the file to it).
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM visit v JOIN location l ON l.id = v.location_id "
                                     "JOIN scenario s ON s.id = v.scenario_id "
                                     "WHERE v.scenario_id = ? AND s.channel <> ? AND l.channel <> ?"));
        query.addBindValue(*originalId);
        query.addBindValue(scenario.channel);
        query.addBindValue(scenario.channel);
        if (query.exec() && query.next() && query.value(0).toLongLong() > 0)
            problems << tr("Channel: %n visit(s) play this scenario at locations of another channel; it cannot become %1",
                           nullptr, query.value(0).toInt())
                            .arg(scenario.channel);
    }

    if (scenario.versionId) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM questionnaire_version WHERE id = ?"));
        query.addBindValue(*scenario.versionId);
        if (!query.exec() || !query.next() || query.value(0).toInt() == 0)
            problems << tr("Questionnaire: the chosen questionnaire version does not exist (any more)");
    }

    if (!std::isfinite(scenario.fee) || scenario.fee < 0)
        problems << tr("Fee: must be a number of 0 or more");
    if (scenario.expectedMinutes && (*scenario.expectedMinutes < 1 || *scenario.expectedMinutes > kMaxMinutes))
        problems << tr("Duration: must be 1 to %1 minutes, not %2").arg(kMaxMinutes).arg(*scenario.expectedMinutes);

    bool agesValid = true;
    for (const auto& age : {scenario.minAge, scenario.maxAge}) {
        if (age && (*age < kMinAge || *age > kMaxAge)) {
            problems << tr("Age: must be between %1 and %2, not %3").arg(kMinAge).arg(kMaxAge).arg(*age);
            agesValid = false;
        }
    }
    if (agesValid && scenario.minAge && scenario.maxAge && *scenario.minAge > *scenario.maxAge)
        problems << tr("Age: minimum %1 is above maximum %2").arg(*scenario.minAge).arg(*scenario.maxAge);
    if (!scenario.gender.isEmpty() && !genders().contains(scenario.gender))
        problems << tr("Gender: must be female, male, other or any, not “%1”").arg(scenario.gender);

    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    for (const QString& language : scenario.languages)
        if (!languageCode.match(language).hasMatch())
            problems << tr("Languages: “%1” is not a language code such as lv or en").arg(language);
    for (const QString& tag : scenario.tags)
        if (tag.contains(QLatin1Char(',')))
            problems << tr("Tags: “%1” holds a comma; give each tag on its own").arg(tag);

    const QStringList languages = ScenarioStore::programmeLanguages(db);
    const QString source = ScenarioStore::sourceLanguage(db);
    if (scenario.texts.value(source).title.isEmpty())
        problems << tr("Title (%1): required in the programme's source language").arg(source);
    for (auto it = scenario.texts.cbegin(); it != scenario.texts.cend(); ++it) {
        if (!languages.contains(it.key()))
            problems << tr("Title (%1): %1 is not a language of this programme; add it first").arg(it.key());
        else if (it.key() != source && it->title.isEmpty())
            problems << tr("Title (%1): the %1 script needs a title too").arg(it.key());
    }
    return problems;
}
