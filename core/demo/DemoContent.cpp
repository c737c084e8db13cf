#include "DemoContent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace {

std::optional<QJsonObject> readJson(const QString& name, QString* error)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("demo resource %1 is missing").arg(name);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("demo resource %1: %2 at offset %3")
                     .arg(name, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return document.object();
}

DemoContent::Texts texts(const QJsonValue& value)
{
    DemoContent::Texts result;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}

std::optional<double> optionalNumber(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

bool readCondition(const QJsonObject& question, const char* key, std::optional<Condition>* condition,
                   QString* json, QString* error)
{
    const QJsonValue value = question.value(QLatin1String(key));
    if (!value.isObject())
        return true;
    QString problem;
    *condition = Condition::fromJson(value.toObject(), &problem);
    if (!*condition) {
        *error = QStringLiteral("questionnaire.json, question %1, %2: %3")
                     .arg(question.value(QStringLiteral("code")).toString(), QLatin1String(key), problem);
        return false;
    }
    *json = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return true;
}

} // namespace

std::optional<DemoContent> DemoContent::load(QString* error)
{
    initDemoResources();
    DemoContent content;
    QString problem;

    const auto questionnaire = readJson(QStringLiteral("questionnaire.json"), &problem);
    const auto geography = questionnaire ? readJson(QStringLiteral("geography.json"), &problem) : std::nullopt;
    const auto scenarios = geography ? readJson(QStringLiteral("scenarios.json"), &problem) : std::nullopt;
    const auto names = scenarios ? readJson(QStringLiteral("names.json"), &problem) : std::nullopt;
    if (!names) {
        if (error)
            *error = problem;
        return std::nullopt;
    }

    content.questionnaireCode = questionnaire->value(QStringLiteral("code")).toString();
    content.questionnaireName = questionnaire->value(QStringLiteral("name")).toString();
    content.questionnaireChannel = questionnaire->value(QStringLiteral("channel")).toString();
    content.sectionScoring = questionnaire->value(QStringLiteral("section_scoring")).toString(QStringLiteral("pooled"));
    for (const QJsonValue& sectionValue : questionnaire->value(QStringLiteral("sections")).toArray()) {
        const QJsonObject sectionObject = sectionValue.toObject();
        Section section;
        section.code = sectionObject.value(QStringLiteral("code")).toString();
        section.weight = sectionObject.value(QStringLiteral("weight")).toDouble();
        section.title = texts(sectionObject.value(QStringLiteral("title")));
        for (const QJsonValue& questionValue : sectionObject.value(QStringLiteral("questions")).toArray()) {
            const QJsonObject object = questionValue.toObject();
            Question question;
            question.code = object.value(QStringLiteral("code")).toString();
            question.type = object.value(QStringLiteral("type")).toString();
            question.allowNa = object.value(QStringLiteral("allow_na")).toBool();
            question.scored = object.value(QStringLiteral("scored")).toBool();
            question.mandatory = object.value(QStringLiteral("mandatory")).toBool(true);
            question.bonus = object.value(QStringLiteral("bonus")).toBool();
            question.weight = object.value(QStringLiteral("weight")).toDouble(1);
            question.critical = object.value(QStringLiteral("critical")).toString(QStringLiteral("none"));
            question.channels = strings(object.value(QStringLiteral("channels")));
            if (question.channels.isEmpty())
                question.channels = {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("web")};
            question.pYes = object.value(QStringLiteral("p_yes")).toDouble(0.8);
            question.mean = object.value(QStringLiteral("mean")).toDouble();
            question.sd = object.value(QStringLiteral("sd")).toDouble(1);
            question.minimum = optionalNumber(object, "min");
            question.maximum = optionalNumber(object, "max");
            if (question.type == QLatin1String("nps")) {
                question.minimum = 0;
                question.maximum = 10;
            }
            question.unit = object.value(QStringLiteral("unit")).toString();
            question.text = texts(object.value(QStringLiteral("text")));
            question.help = texts(object.value(QStringLiteral("help")));
            question.lowLabel = texts(object.value(QStringLiteral("low_label")));
            question.highLabel = texts(object.value(QStringLiteral("high_label")));
            if (!readCondition(object, "show_if", &question.showIf, &question.showIfJson, &problem)
                || !readCondition(object, "comment_if", &question.commentIf, &question.commentIfJson, &problem)) {
                if (error)
                    *error = problem;
                return std::nullopt;
            }
            for (const QJsonValue& optionValue : object.value(QStringLiteral("options")).toArray()) {
                const QJsonObject optionObject = optionValue.toObject();
                question.options.push_back({optionObject.value(QStringLiteral("code")).toString(),
                                            optionalNumber(optionObject, "points"),
                                            optionObject.value(QStringLiteral("p")).toDouble(),
                                            texts(optionObject.value(QStringLiteral("label")))});
            }
            section.questions.push_back(std::move(question));
        }
        content.sections.push_back(std::move(section));
    }

    for (const QJsonValue& countryValue : geography->value(QStringLiteral("countries")).toArray()) {
        const QJsonObject countryObject = countryValue.toObject();
        Country country;
        country.name = countryObject.value(QStringLiteral("name")).toString();
        country.code = countryObject.value(QStringLiteral("code")).toString();
        country.language = countryObject.value(QStringLiteral("language")).toString();
        for (const QJsonValue& regionValue : countryObject.value(QStringLiteral("regions")).toArray()) {
            const QJsonObject regionObject = regionValue.toObject();
            country.regions << regionObject.value(QStringLiteral("name")).toString();
            for (const QJsonValue& cityValue : regionObject.value(QStringLiteral("cities")).toArray()) {
                const QJsonObject cityObject = cityValue.toObject();
                City city;
                city.name = cityObject.value(QStringLiteral("name")).toString();
                city.latitude = cityObject.value(QStringLiteral("lat")).toDouble();
                city.longitude = cityObject.value(QStringLiteral("lon")).toDouble();
                city.population = cityObject.value(QStringLiteral("population")).toDouble(10000);
                city.areas = strings(cityObject.value(QStringLiteral("areas")));
                if (city.areas.isEmpty())
                    city.areas << city.name;
                city.countryIndex = int(content.countries.size());
                city.regionIndex = int(country.regions.size()) - 1;
                content.cities.push_back(city);
            }
        }
        content.countries.push_back(country);
    }
    content.competitors = strings(geography->value(QStringLiteral("competitors")));
    auto remoteUnits = [](const QJsonValue& list) {
        std::vector<RemoteUnit> units;
        for (const QJsonValue& value : list.toArray()) {
            const QJsonObject object = value.toObject();
            const QStringList languages = strings(object.value(QStringLiteral("languages")));
            units.push_back({object.value(QStringLiteral("code")).toString(),
                             object.value(QStringLiteral("name")).toString(),
                             object.value(QStringLiteral("city")).toString(),
                             object.value(QStringLiteral("language")).toString(languages.value(0)),
                             object.value(QStringLiteral("staff_count")).toInt()});
        }
        return units;
    };
    content.contactCentres = remoteUnits(geography->value(QStringLiteral("contact_centres")));
    content.webForms = remoteUnits(geography->value(QStringLiteral("web")));

    for (const QJsonValue& value : scenarios->value(QStringLiteral("scenarios")).toArray()) {
        const QJsonObject object = value.toObject();
        Scenario scenario;
        scenario.code = object.value(QStringLiteral("code")).toString();
        scenario.channel = object.value(QStringLiteral("channel")).toString();
        scenario.fee = object.value(QStringLiteral("fee")).toDouble();
        scenario.expectedMinutes = object.value(QStringLiteral("expected_minutes")).toInt(20);
        if (object.value(QStringLiteral("min_age")).isDouble())
            scenario.minAge = object.value(QStringLiteral("min_age")).toInt();
        if (object.value(QStringLiteral("max_age")).isDouble())
            scenario.maxAge = object.value(QStringLiteral("max_age")).toInt();
        scenario.gender = object.value(QStringLiteral("gender")).toString();
        for (const QJsonValue& requirement : object.value(QStringLiteral("requirements")).toArray())
            scenario.requirements.append({requirement.toObject().value(QStringLiteral("kind")).toString(),
                                          requirement.toObject().value(QStringLiteral("value")).toString()});
        scenario.title = texts(object.value(QStringLiteral("title")));
        scenario.script = texts(object.value(QStringLiteral("script")));
        content.scenarios.push_back(scenario);
    }

    const QJsonObject streets = names->value(QStringLiteral("streets")).toObject();
    for (const Country& country : content.countries) {
        const QJsonObject pool = names->value(country.code).toObject();
        NamePool names_;
        names_.female = strings(pool.value(QStringLiteral("female")));
        names_.male = strings(pool.value(QStringLiteral("male")));
        const QStringList common = strings(pool.value(QStringLiteral("surnames")));
        names_.surnamesFemale = pool.contains(QStringLiteral("surnames_female"))
                                    ? strings(pool.value(QStringLiteral("surnames_female")))
                                    : common;
        names_.surnamesMale = pool.contains(QStringLiteral("surnames_male"))
                                  ? strings(pool.value(QStringLiteral("surnames_male")))
                                  : common;
        names_.streets = strings(streets.value(country.code));
        if (names_.female.isEmpty() || names_.male.isEmpty() || names_.surnamesFemale.isEmpty()
            || names_.surnamesMale.isEmpty() || names_.streets.isEmpty()) {
            if (error)
                *error = QStringLiteral("names.json: the name or street pool for %1 is incomplete").arg(country.code);
            return std::nullopt;
        }
        content.names.insert(country.code, names_);
    }
    content.tags = strings(names->value(QStringLiteral("tags")));

    if (content.sections.empty() || content.cities.empty() || content.scenarios.empty()) {
        if (error)
            *error = QStringLiteral("the demo resources hold no questionnaire, places or scenarios");
        return std::nullopt;
    }
    return content;
}
