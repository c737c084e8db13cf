#include "DemoGenerator.h"

#include "project/BulkInserter.h"
#include "DemoContent.h"
#include "DemoRandom.h"
#include "programme/ProgrammeDefaults.h"
#include "project/ProjectConnection.h"
#include "project/SchemaManager.h"
#include "results/ScoreStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <numeric>

namespace {

struct PresetShape
{
    int branches;
    int competitorBranches;
    int visitsPerBranch;     // per wave
    int visitsPerCompetitor; // per wave
    int visitsPerWebForm;    // per wave
    int callsPerCentre;      // per wave
    int shoppers;
};

// small: about 100 locations, 1,500 visits, 400 shoppers; large: about 1,500 locations,
// 200,000 visits, 60,000 shoppers.
constexpr PresetShape kSmall{80, 9, 1, 1, 1, 7, 400};
constexpr PresetShape kLarge{1300, 150, 10, 4, 40, 690, 60000};
constexpr int kWaveCount = 12;
constexpr int kCurrentWave = 10; // index of the wave in fieldwork; the one after it is planned

struct LocationRow
{
    qint64 id;
    QString channel; // visit, call, web
    int cityIndex;   // -1 for web forms
    int countryIndex;
    bool competitor;
    int visitsPerWave;
    double quality; // how well this unit serves, as a shift of compliance
    double trend;   // change of quality per wave
    QString language;
};

struct ShopperRow
{
    qint64 id;
    int cityIndex;
    int countryIndex;
    bool active;
    bool customer;
    bool fraudulent;    // produces suspicious reports
    double leniency;    // how generously this shopper answers
    QString firstName;  // for staff badges only
};

struct QuestionRow
{
    const DemoContent::Question* spec;
    qint64 id;
    QHash<QString, qint64> optionIds;
    int sectionIndex;
};

QString asciiFolded(const QString& text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        switch (c.unicode()) {
        case 0x0142: folded += QLatin1Char('l'); break; // ł
        case 0x00F8: folded += QLatin1Char('o'); break; // ø
        case 0x00E6: folded += QLatin1String("ae"); break;
        case 0x00DF: folded += QLatin1String("ss"); break;
        case 0x0111: folded += QLatin1Char('d'); break;
        default:
            if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('.')))
                folded += c.toLower();
        }
    }
    return folded;
}

QString phoneFor(const QString& countryCode, DemoRandom& random)
{
    static const QHash<QString, QPair<QString, int>> formats = {
        {QStringLiteral("SE"), {QStringLiteral("+46 70"), 7}}, {QStringLiteral("NO"), {QStringLiteral("+47 9"), 7}},
        {QStringLiteral("FI"), {QStringLiteral("+358 40"), 7}}, {QStringLiteral("DK"), {QStringLiteral("+45 2"), 7}},
        {QStringLiteral("EE"), {QStringLiteral("+372 5"), 7}}, {QStringLiteral("LV"), {QStringLiteral("+371 2"), 7}},
        {QStringLiteral("LT"), {QStringLiteral("+370 6"), 7}}, {QStringLiteral("PL"), {QStringLiteral("+48 5"), 8}},
    };
    const auto format = formats.value(countryCode, {QStringLiteral("+00 "), 8});
    QString digits;
    for (int i = 0; i < format.second; ++i)
        digits += QChar(u'0' + random.range(0, 9));
    return format.first + digits;
}

QString postcodeFor(const QString& countryCode, DemoRandom& random)
{
    const int n = random.range(1000, 9899);
    if (countryCode == QLatin1String("SE"))
        return QStringLiteral("%1 %2").arg(n / 10 + 100).arg(random.range(10, 99));
    if (countryCode == QLatin1String("LV"))
        return QStringLiteral("LV-%1").arg(n);
    if (countryCode == QLatin1String("LT"))
        return QStringLiteral("LT-%1").arg(n * 10 + random.range(0, 9));
    if (countryCode == QLatin1String("PL"))
        return QStringLiteral("%1-%2").arg(random.range(10, 99)).arg(random.range(100, 999));
    if (countryCode == QLatin1String("EE") || countryCode == QLatin1String("FI"))
        return QString::number(n * 10 + random.range(0, 9));
    return QString::number(n);
}

const char* const kCommentsEn[] = {
    "The consultant was friendly but seemed in a hurry.",
    "Very professional, explained everything clearly.",
    "I had to ask twice before anyone noticed me.",
    "The offer was explained well, but no follow-up was proposed.",
    "The branch was busy; staff still kept calm and polite.",
    "No brochures were available on the mortgage products.",
};
const char* const kCommentsLv[] = {
    "Konsultants bija laipns, taču šķita, ka steidzas.",
    "Ļoti profesionāli, viss tika izskaidrots saprotami.",
    "Man nācās divreiz vērsties, līdz mani pamanīja.",
    "Piedāvājums tika labi izskaidrots, bet turpmāka tikšanās netika piedāvāta.",
    "Filiālē bija daudz klientu, tomēr darbinieki saglabāja mieru un pieklājību.",
    "Brošūras par hipotekārajiem kredītiem nebija pieejamas.",
};
const char* const kNegativeEn[] = {
    "The consultant did not do this at all.",
    "This was skipped; I had to bring it up myself.",
    "Not done, although there was time for it.",
};
const char* const kNegativeLv[] = {
    "Konsultants to vispār neizdarīja.",
    "Tas tika izlaists; man pašam bija jāuzsāk šī tēma.",
    "Netika izdarīts, lai gan tam bija laiks.",
};
const char* const kRejectReasons[] = {
    "Required comments are missing for two No answers.",
    "Visit time is outside the branch's opening hours.",
    "Report duplicates another report; please resubmit with your own observations.",
};

// Everything one run needs, so the steps below stay short.
class Writer
{
public:
    Writer(const QSqlDatabase& database, const DemoContent& content, const DemoGenerator::Options& options,
           const DemoGenerator::Progress& progress)
        : m_database(database)
        , m_db(ProjectConnection::handleOf(database))
        , m_content(content)
        , m_options(options)
        , m_shape(options.preset == DemoGenerator::Preset::Large ? kLarge : kSmall)
        , m_random(options.seed)
        , m_progress(progress)
    {
    }

    bool run(DemoGenerator::Statistics* statistics, QString* error);

private:
    bool exec(const char* sql);
    bool fail(const BulkInserter& inserter);
    bool writeProgramme();
    bool writeGeography();
    bool writeLocations();
    bool writeQuestionnaire();
    bool writeScenarios();
    bool writeWaves();
    bool writeShoppers();
    bool writeVisits();
    bool writeWaveStatuses();
    bool writeScores();
    qint64 geoArea(int cityIndex, int areaIndex);
    bool report(int percent);
    qint64 chooseShopper(const LocationRow& location, int wave);
    bool writeResponse(qint64 visitId, const LocationRow& location, const ShopperRow& shopper, int wave,
                       const QDate& date);
    QString isoTimestamp(const QDate& date, int hour, int minute) const
    {
        return QStringLiteral("%1T%2:%3:00Z")
            .arg(date.toString(Qt::ISODate))
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(minute, 2, 10, QLatin1Char('0'));
    }

    QSqlDatabase m_database;
    sqlite3* m_db;
    const DemoContent& m_content;
    DemoGenerator::Options m_options;
    PresetShape m_shape;
    DemoRandom m_random;
    DemoGenerator::Progress m_progress;
    QString m_error;
    bool m_cancelled = false;
    DemoGenerator::Statistics m_stats;

    std::vector<qint64> m_countryIds;
    std::vector<std::vector<qint64>> m_regionIds; // [country][region]
    QHash<QString, std::pair<qint64, int>> m_areaIds; // "region id/name" -> (id, city index)
    std::vector<LocationRow> m_locations;
    std::vector<QuestionRow> m_questions;
    QHash<QString, int> m_questionIndex;
    qint64 m_versionId = 0;
    QHash<QString, qint64> m_scenarioIds; // by channel
    QHash<QString, int> m_scenarioMinutes;
    std::vector<qint64> m_waveIds;
    std::vector<QDate> m_waveStarts;
    QStringList m_waveStatuses;
    std::vector<ShopperRow> m_shoppers;
    std::vector<std::vector<int>> m_shoppersByCity;
    std::vector<std::vector<int>> m_shoppersByCountry;
    std::vector<int> m_nearestCityWithShoppers;
    QHash<qint64, int> m_lastShopperAt; // location id -> shopper index of its latest visit
    qint64 m_nextResponseId = 1;
    std::unique_ptr<BulkInserter> m_responseInsert;
    std::unique_ptr<BulkInserter> m_answerInsert;
    std::unique_ptr<BulkInserter> m_choiceInsert;
};

bool Writer::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

bool Writer::fail(const BulkInserter& inserter)
{
    m_error = inserter.error();
    return false;
}

bool Writer::report(int percent)
{
    if (m_progress && !m_progress(percent)) {
        m_cancelled = true;
        m_error = DemoGenerator::tr("cancelled");
        return false;
    }
    return true;
}

bool Writer::run(DemoGenerator::Statistics* statistics, QString* error)
{
    const bool ok = exec("BEGIN") && writeProgramme() && writeGeography() && writeLocations()
                    && writeQuestionnaire() && writeScenarios() && writeWaves() && writeShoppers()
                    && report(10) && writeVisits() && writeWaveStatuses() && writeScores() && exec("COMMIT")
                    && report(100);
    if (!ok) {
        *error = m_error;
        return false;
    }
    *statistics = m_stats;
    return true;
}

bool Writer::writeProgramme()
{
    BulkInserter update(m_db, "UPDATE programme SET client_name = ?, programme_name = ?, target_score = 80, "
                              "small_base_threshold = 5, lockout_days = 60, created_at = ? WHERE id = 1");
    update.bind(1, QStringLiteral("Nordbank"))
        .bind(2, QStringLiteral("Nordbank service quality %1").arg(m_options.today.year()))
        .bind(3, isoTimestamp(m_options.today.addMonths(-kCurrentWave - 1), 9, 0));
    BulkInserter language(m_db, "INSERT INTO programme_language (code, position) VALUES ('lv', 1)");
    m_stats.rows += 2;
    return (update.insert() || fail(update)) && (language.insert() || fail(language));
}

bool Writer::writeGeography()
{
    BulkInserter insert(m_db, "INSERT INTO geo_unit (parent_id, level, name) VALUES (?, ?, ?)");
    m_regionIds.resize(m_content.countries.size());
    for (size_t c = 0; c < m_content.countries.size(); ++c) {
        const auto& country = m_content.countries[c];
        insert.bindNull(1).bind(2, QStringLiteral("country")).bind(3, country.name);
        if (!insert.insert())
            return fail(insert);
        m_countryIds.push_back(insert.lastInsertId());
        for (const QString& region : country.regions) {
            insert.bind(1, m_countryIds.back()).bind(2, QStringLiteral("region")).bind(3, region);
            if (!insert.insert())
                return fail(insert);
            m_regionIds[c].push_back(insert.lastInsertId());
        }
        m_stats.rows += 1 + country.regions.size();
    }
    return true;
}

qint64 Writer::geoArea(int cityIndex, int areaIndex)
{
    const auto& city = m_content.cities[size_t(cityIndex)];
    const qint64 regionId = m_regionIds[size_t(city.countryIndex)][size_t(city.regionIndex)];
    // A one-area town is named after itself; a district name that another city of the same
    // region already uses is qualified with its city.
    QString name = city.areas.size() == 1 ? city.name : city.areas.value(areaIndex);
    auto key = [regionId](const QString& areaName) -> QString { return QString::number(regionId) + QLatin1Char('/') + areaName; };
    if (const auto it = m_areaIds.constFind(key(name)); it != m_areaIds.cend() && it->second != cityIndex)
        name = city.name + QStringLiteral(" – ") + name;
    if (const auto it = m_areaIds.constFind(key(name)); it != m_areaIds.cend())
        return it->first;
    BulkInserter insert(m_db, "INSERT INTO geo_unit (parent_id, level, name) VALUES (?, 'area', ?)");
    insert.bind(1, regionId).bind(2, name);
    if (!insert.insert()) {
        m_error = insert.error();
        return 0;
    }
    ++m_stats.rows;
    m_areaIds.insert(key(name), {insert.lastInsertId(), cityIndex});
    return insert.lastInsertId();
}

bool Writer::writeLocations()
{
    BulkInserter insert(m_db,
                        "INSERT INTO location (id, code, name, channel, brand, geo_unit_id, address, postcode, city, "
                        "latitude, longitude, staff_count, size_class, manager_email, is_competitor, active) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    BulkInserter hours(m_db, "INSERT INTO location_hours (location_id, weekday, opens, closes) VALUES (?, ?, ?, ?)");
    qint64 nextId = 1;
    auto addHours = [&](qint64 id, int firstDay, int lastDay, const char* opens, const char* closes) {
        for (int day = firstDay; day <= lastDay; ++day) {
            hours.bind(1, id).bind(2, day).bind(3, QString::fromLatin1(opens)).bind(4, QString::fromLatin1(closes));
            if (!hours.insert())
                return fail(hours);
            ++m_stats.rows;
        }
        return true;
    };

    // Branches spread over cities by population (large cities get more), then over districts.
    std::vector<double> weights;
    double total = 0;
    for (const auto& city : m_content.cities) {
        weights.push_back(std::pow(city.population, 0.6));
        total += weights.back();
    }
    QHash<QString, int> perCountry;
    QHash<QString, int> sameName;
    double cumulative = 0;
    int placed = 0;
    for (size_t c = 0; c < m_content.cities.size(); ++c) {
        const auto& city = m_content.cities[c];
        const auto& country = m_content.countries[size_t(city.countryIndex)];
        cumulative += weights[c] * m_shape.branches / total;
        const int upTo = c + 1 == m_content.cities.size() ? m_shape.branches : int(std::floor(cumulative + 1e-9));
        const int count = upTo - placed;
        placed = upTo;
        const auto& streets = m_content.names.value(country.code).streets;
        for (int b = 0; b < count; ++b) {
            const int areaIndex = b % int(city.areas.size());
            const qint64 geoId = geoArea(int(c), areaIndex);
            if (!geoId)
                return false;
            const QString code = QStringLiteral("NB-%1-%2").arg(country.code).arg(++perCountry[country.code], 3, 10,
                                                                                   QLatin1Char('0'));
            QString name = city.areas.size() == 1 ? QStringLiteral("Nordbank %1").arg(city.name)
                                                  : QStringLiteral("Nordbank %1 %2").arg(city.name, city.areas[areaIndex]);
            if (const int seen = sameName[name]++; seen > 0)
                name += QStringLiteral(" %1").arg(seen + 1);
            const int staff = m_random.range(4, 26);
            insert.bind(1, nextId)
                .bind(2, code)
                .bind(3, name)
                .bind(4, QStringLiteral("visit"))
                .bind(5, QStringLiteral("Nordbank"))
                .bind(6, geoId)
                .bind(7, QStringLiteral("%1 %2").arg(m_random.pick(std::vector<QString>(streets.cbegin(), streets.cend())))
                             .arg(m_random.range(1, 120)))
                .bind(8, postcodeFor(country.code, m_random))
                .bind(9, city.name)
                .bind(10, std::round((city.latitude + m_random.normal(0, 0.015)) * 1e5) / 1e5)
                .bind(11, std::round((city.longitude + m_random.normal(0, 0.025)) * 1e5) / 1e5)
                .bind(12, staff)
                .bind(13, staff < 9 ? QStringLiteral("S") : staff < 17 ? QStringLiteral("M") : QStringLiteral("L"))
                .bind(14, QStringLiteral("%1@nordbank.example").arg(code.toLower()))
                .bind(15, 0);
            if (!insert.insert())
                return fail(insert);
            const double roll = m_random.uniform();
            m_locations.push_back({nextId, QStringLiteral("visit"), int(c), city.countryIndex, false,
                                   m_shape.visitsPerBranch, m_random.normal(0, 0.07),
                                   roll < 0.2 ? 0.012 : roll < 0.3 ? -0.009 : 0.0, country.language});
            const bool bigCity = city.population > 250000;
            if (!addHours(nextId, 1, 5, "09:00", bigCity ? "18:00" : "17:00")
                || (bigCity && !addHours(nextId, 6, 6, "10:00", "14:00")))
                return false;
            ++nextId;
        }
    }

    // Competitor branches in the largest cities, for the benchmark.
    std::vector<size_t> bySize(m_content.cities.size());
    for (size_t i = 0; i < bySize.size(); ++i)
        bySize[i] = i;
    std::stable_sort(bySize.begin(), bySize.end(), [&](size_t a, size_t b) {
        return m_content.cities[a].population > m_content.cities[b].population;
    });
    const size_t competitorCities = std::min<size_t>(bySize.size(), 20);
    for (int k = 0; k < m_shape.competitorBranches; ++k) {
        const size_t c = bySize[size_t(k) % competitorCities];
        const auto& city = m_content.cities[c];
        const QString brand = m_content.competitors.value(k % int(m_content.competitors.size()));
        const qint64 geoId = geoArea(int(c), k % int(city.areas.size()));
        if (!geoId)
            return false;
        insert.bind(1, nextId)
            .bind(2, QStringLiteral("CMP-%1").arg(k + 1, 4, 10, QLatin1Char('0')))
            .bind(3, QStringLiteral("%1 %2 %3").arg(brand, city.name).arg(k / int(competitorCities) + 1))
            .bind(4, QStringLiteral("visit"))
            .bind(5, brand)
            .bind(6, geoId)
            .bind(7, QString())
            .bind(8, QString())
            .bind(9, city.name)
            .bind(10, std::round((city.latitude + m_random.normal(0, 0.015)) * 1e5) / 1e5)
            .bind(11, std::round((city.longitude + m_random.normal(0, 0.025)) * 1e5) / 1e5)
            .bindNull(12)
            .bind(13, QString())
            .bind(14, QString())
            .bind(15, 1);
        if (!insert.insert())
            return fail(insert);
        m_locations.push_back({nextId, QStringLiteral("visit"), int(c), city.countryIndex, true,
                               m_shape.visitsPerCompetitor, m_random.normal(-0.03, 0.06), 0.0,
                               m_content.countries[size_t(city.countryIndex)].language});
        if (!addHours(nextId, 1, 5, "09:00", "17:00"))
            return false;
        ++nextId;
    }

    // The contact-centre queues and the web enquiry forms.
    auto cityNamed = [&](const QString& name) {
        for (size_t c = 0; c < m_content.cities.size(); ++c)
            if (m_content.cities[c].name == name)
                return int(c);
        return 0;
    };
    for (const auto& centre : m_content.contactCentres) {
        const int c = cityNamed(centre.city);
        const auto& city = m_content.cities[size_t(c)];
        insert.bind(1, nextId)
            .bind(2, centre.code)
            .bind(3, centre.name)
            .bind(4, QStringLiteral("call"))
            .bind(5, QStringLiteral("Nordbank"))
            .bind(6, geoArea(c, 0))
            .bind(7, QString())
            .bind(8, QString())
            .bind(9, city.name)
            .bind(10, city.latitude)
            .bind(11, city.longitude)
            .bind(12, centre.staffCount)
            .bind(13, centre.staffCount >= 100 ? QStringLiteral("L") : QStringLiteral("M"))
            .bind(14, QStringLiteral("%1@nordbank.example").arg(centre.code.toLower()))
            .bind(15, 0);
        if (!insert.insert())
            return fail(insert);
        m_locations.push_back({nextId, QStringLiteral("call"), c, city.countryIndex, false, m_shape.callsPerCentre,
                               m_random.normal(0, 0.05), 0.006, centre.language});
        if (!addHours(nextId, 1, 5, "08:00", "20:00") || !addHours(nextId, 6, 6, "09:00", "15:00"))
            return false;
        ++nextId;
    }
    for (const auto& form : m_content.webForms) {
        int countryIndex = 0;
        for (size_t k = 0; k < m_content.countries.size(); ++k)
            if (m_content.countries[k].language == form.language || form.code.endsWith(m_content.countries[k].code))
                countryIndex = int(k);
        insert.bind(1, nextId)
            .bind(2, form.code)
            .bind(3, form.name)
            .bind(4, QStringLiteral("web"))
            .bind(5, QStringLiteral("Nordbank"))
            .bind(6, m_countryIds[size_t(countryIndex)])
            .bind(7, QString())
            .bind(8, QString())
            .bind(9, QString())
            .bindNull(10)
            .bindNull(11)
            .bindNull(12)
            .bind(13, QString())
            .bind(14, QString())
            .bind(15, 0);
        if (!insert.insert())
            return fail(insert);
        m_locations.push_back({nextId, QStringLiteral("web"), -1, countryIndex, false, m_shape.visitsPerWebForm,
                               m_random.normal(-0.04, 0.05), 0.0, m_content.countries[size_t(countryIndex)].language});
        ++nextId;
    }
    m_stats.locations = qint64(m_locations.size());
    m_stats.rows += m_stats.locations;
    return true;
}

bool Writer::writeQuestionnaire()
{
    BulkInserter questionnaire(m_db, "INSERT INTO questionnaire (id, code, name, channel) VALUES (1, ?, ?, ?)");
    questionnaire.bind(1, m_content.questionnaireCode)
        .bind(2, m_content.questionnaireName)
        .bind(3, m_content.questionnaireChannel);
    BulkInserter version(m_db, "INSERT INTO questionnaire_version (id, questionnaire_id, number, status, "
                               "section_scoring, created_at, note) VALUES (1, 1, 1, 'frozen', ?, ?, ?)");
    version.bind(1, m_content.sectionScoring)
        .bind(2, isoTimestamp(m_options.today.addMonths(-kCurrentWave - 1), 10, 0))
        .bind(3, QStringLiteral("Agreed with the client at the programme kick-off."));
    if (!questionnaire.insert())
        return fail(questionnaire);
    if (!version.insert())
        return fail(version);
    m_versionId = 1;
    m_stats.rows += 2;

    BulkInserter section(m_db, "INSERT INTO section (version_id, parent_id, position, code, weight) "
                               "VALUES (1, NULL, ?, ?, ?)");
    BulkInserter sectionText(m_db, "INSERT INTO section_text (section_id, language, title) VALUES (?, ?, ?)");
    BulkInserter question(m_db,
                          "INSERT INTO question (version_id, section_id, position, code, type, allow_na, mandatory, "
                          "scored, weight, critical, bonus, min_value, max_value, unit, show_if, comment_if) "
                          "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkInserter questionText(m_db, "INSERT INTO question_text (question_id, language, text, help, low_label, "
                                    "high_label) VALUES (?, ?, ?, ?, ?, ?)");
    BulkInserter option(m_db, "INSERT INTO question_option (question_id, position, code, points, is_na) "
                              "VALUES (?, ?, ?, ?, ?)");
    BulkInserter optionText(m_db, "INSERT INTO option_text (option_id, language, label) VALUES (?, ?, ?)");
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("lv")};

    auto addOption = [&](QuestionRow& row, int position, const QString& code, std::optional<double> points,
                         bool isNa, const DemoContent::Texts& label) {
        option.bind(1, row.id).bind(2, position).bind(3, code).bind(5, isNa ? 1 : 0);
        if (points)
            option.bind(4, *points);
        else
            option.bindNull(4);
        if (!option.insert())
            return fail(option);
        const qint64 optionId = option.lastInsertId();
        row.optionIds.insert(code, optionId);
        for (const QString& language : languages) {
            optionText.bind(1, optionId).bind(2, language).bind(3, label.value(language, label.value(QStringLiteral("en"))));
            if (!optionText.insert())
                return fail(optionText);
        }
        m_stats.rows += 1 + languages.size();
        return true;
    };
    auto texts = [](const char* en, const char* lv) {
        return DemoContent::Texts{{QStringLiteral("en"), QString::fromUtf8(en)}, {QStringLiteral("lv"), QString::fromUtf8(lv)}};
    };

    for (size_t s = 0; s < m_content.sections.size(); ++s) {
        const auto& spec = m_content.sections[s];
        section.bind(1, int(s) + 1).bind(2, spec.code).bind(3, spec.weight);
        if (!section.insert())
            return fail(section);
        const qint64 sectionId = section.lastInsertId();
        for (const QString& language : languages) {
            sectionText.bind(1, sectionId).bind(2, language).bind(3, spec.title.value(language));
            if (!sectionText.insert())
                return fail(sectionText);
        }
        m_stats.rows += 1 + languages.size();
        for (size_t q = 0; q < spec.questions.size(); ++q) {
            const auto& item = spec.questions[q];
            const bool scored = item.scored
                                && (item.type == QLatin1String("yes_no") || item.type == QLatin1String("single"));
            question.bind(1, sectionId)
                .bind(2, int(q) + 1)
                .bind(3, item.code)
                .bind(4, item.type)
                .bind(5, item.allowNa ? 1 : 0)
                .bind(6, item.mandatory ? 1 : 0)
                .bind(7, scored ? 1 : 0)
                .bind(8, item.weight)
                .bind(9, scored ? item.critical : QStringLiteral("none"))
                .bind(10, item.bonus ? 1 : 0)
                .bind(13, item.unit);
            item.minimum ? question.bind(11, *item.minimum) : question.bindNull(11);
            item.maximum ? question.bind(12, *item.maximum) : question.bindNull(12);
            item.showIfJson.isEmpty() ? question.bindNull(14) : question.bind(14, item.showIfJson);
            item.commentIfJson.isEmpty() ? question.bindNull(15) : question.bind(15, item.commentIfJson);
            if (!question.insert())
                return fail(question);
            QuestionRow row{&item, question.lastInsertId(), {}, int(s)};
            for (const QString& language : languages) {
                questionText.bind(1, row.id)
                    .bind(2, language)
                    .bind(3, item.text.value(language))
                    .bind(4, item.help.value(language))
                    .bind(5, item.lowLabel.value(language))
                    .bind(6, item.highLabel.value(language));
                if (!questionText.insert())
                    return fail(questionText);
            }
            m_stats.rows += 1 + languages.size();
            if (item.type == QLatin1String("yes_no")) {
                if (!addOption(row, 1, QStringLiteral("yes"), item.weight, false, texts("Yes", "Jā"))
                    || !addOption(row, 2, QStringLiteral("no"), 0.0, false, texts("No", "Nē"))
                    || (item.allowNa
                        && !addOption(row, 3, QStringLiteral("na"), std::nullopt, true,
                                      texts("Not applicable", "Nav attiecināms"))))
                    return false;
            } else {
                for (size_t o = 0; o < item.options.size(); ++o) {
                    const auto& choice = item.options[o];
                    if (!addOption(row, int(o) + 1, choice.code, choice.points, false, choice.label))
                        return false;
                }
            }
            m_questionIndex.insert(item.code, int(m_questions.size()));
            m_questions.push_back(std::move(row));
        }
    }
    return true;
}

bool Writer::writeScenarios()
{
    BulkInserter scenario(m_db, "INSERT INTO scenario (code, channel, version_id, fee, expected_minutes, min_age, "
                                "max_age, gender, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
    BulkInserter text(m_db, "INSERT INTO scenario_text (scenario_id, language, title, script) VALUES (?, ?, ?, ?)");
    BulkInserter requirement(m_db, "INSERT INTO scenario_requirement (scenario_id, kind, value) VALUES (?, ?, ?)");
    for (const auto& spec : m_content.scenarios) {
        scenario.bind(1, spec.code).bind(2, spec.channel).bind(3, m_versionId).bind(4, spec.fee).bind(5, spec.expectedMinutes);
        spec.minAge ? scenario.bind(6, *spec.minAge) : scenario.bindNull(6);
        spec.maxAge ? scenario.bind(7, *spec.maxAge) : scenario.bindNull(7);
        spec.gender.isEmpty() ? scenario.bindNull(8) : scenario.bind(8, spec.gender);
        if (!scenario.insert())
            return fail(scenario);
        const qint64 id = scenario.lastInsertId();
        m_scenarioIds.insert(spec.channel, id);
        m_scenarioMinutes.insert(spec.channel, spec.expectedMinutes);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("lv")}) {
            text.bind(1, id).bind(2, language).bind(3, spec.title.value(language)).bind(4, spec.script.value(language));
            if (!text.insert())
                return fail(text);
        }
        for (const auto& need : spec.requirements) {
            requirement.bind(1, id).bind(2, need.first).bind(3, need.second);
            if (!requirement.insert())
                return fail(requirement);
        }
        m_stats.rows += 3 + spec.requirements.size();
    }
    for (const char* channel : {"visit", "call", "web"}) {
        if (!m_scenarioIds.contains(QLatin1String(channel))) {
            m_error = QStringLiteral("the demo scenarios have none for the %1 channel").arg(QLatin1String(channel));
            return false;
        }
    }
    return true;
}

bool Writer::writeWaves()
{
    BulkInserter wave(m_db, "INSERT INTO wave (id, code, name, starts_on, ends_on, status) VALUES (?, ?, ?, ?, ?, ?)");
    const QDate currentMonth(m_options.today.year(), m_options.today.month(), 1);
    const QLocale english(QLocale::English);
    for (int w = 0; w < kWaveCount; ++w) {
        const QDate start = currentMonth.addMonths(w - kCurrentWave);
        const QDate end = start.addMonths(1).addDays(-1);
        const char* status = w < kCurrentWave - 1 ? "reported" : w < kCurrentWave ? "closed" : w == kCurrentWave ? "fieldwork" : "planning";
        wave.bind(1, w + 1)
            .bind(2, QStringLiteral("W%1").arg(start.toString(QStringLiteral("yyyy-MM"))))
            .bind(3, QStringLiteral("%1 %2").arg(english.monthName(start.month())).arg(start.year()))
            .bind(4, start.toString(Qt::ISODate))
            .bind(5, end.toString(Qt::ISODate))
            .bind(6, QStringLiteral("planning")); // the final status is set once its visits are in
        m_waveStatuses.push_back(QString::fromLatin1(status));
        if (!wave.insert())
            return fail(wave);
        m_waveIds.push_back(w + 1);
        m_waveStarts.push_back(start);
    }
    m_stats.waves = kWaveCount;
    m_stats.rows += kWaveCount;
    return true;
}

bool Writer::writeShoppers()
{
    BulkInserter shopper(m_db, "INSERT INTO shopper (id, code, birth_year, gender, home_city, home_latitude, "
                               "home_longitude, capacity_per_wave, capacity_per_day, status, rating, joined_on) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkInserter personal(m_db, "INSERT INTO shopper_personal (shopper_id, full_name, email, phone, address, postcode) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
    BulkInserter language(m_db, "INSERT INTO shopper_language (shopper_id, language) VALUES (?, ?)");
    BulkInserter tag(m_db, "INSERT INTO shopper_tag (shopper_id, tag) VALUES (?, ?)");
    BulkInserter conflict(m_db, "INSERT INTO shopper_conflict (shopper_id, location_id, brand, note) VALUES (?, ?, ?, ?)");
    BulkInserter unavailable(m_db, "INSERT INTO shopper_unavailable (shopper_id, from_date, to_date) VALUES (?, ?, ?)");

    std::vector<double> weights;
    for (const auto& city : m_content.cities)
        weights.push_back(city.population);
    std::vector<double> cumulative(weights.size());
    std::partial_sum(weights.begin(), weights.end(), cumulative.begin());
    m_shoppersByCity.assign(m_content.cities.size(), {});
    m_shoppersByCountry.assign(m_content.countries.size(), {});
    const int year = m_options.today.year();
    auto add = [this](BulkInserter& inserter) {
        ++m_stats.rows;
        return inserter.insert() || fail(inserter);
    };

    for (int i = 0; i < m_shape.shoppers; ++i) {
        const qint64 id = i + 1;
        const double target = m_random.uniform() * cumulative.back();
        const int c = int(std::upper_bound(cumulative.begin(), cumulative.end(), target) - cumulative.begin());
        const auto& city = m_content.cities[size_t(std::min<size_t>(size_t(c), cumulative.size() - 1))];
        const auto& country = m_content.countries[size_t(city.countryIndex)];
        const auto& names = m_content.names[country.code];
        const bool female = m_random.chance(0.56);
        const int nameIndex = m_random.range(0, int((female ? names.female : names.male).size()) - 1);
        const QString first = (female ? names.female : names.male)[nameIndex];
        const int surnameIndex = m_random.range(0, int(names.surnamesFemale.size()) - 1);
        const QString last = (female ? names.surnamesFemale : names.surnamesMale).value(surnameIndex);
        const int birthYear = m_random.range(year - 72, year - 19);
        const double roll = m_random.uniform();
        const QString status = roll < 0.90 ? QStringLiteral("active") : roll < 0.97 ? QStringLiteral("paused")
                                                                                     : QStringLiteral("blocked");
        const bool customer = m_random.chance(0.32);
        shopper.bind(1, id)
            .bind(2, QStringLiteral("S%1").arg(id, 6, 10, QLatin1Char('0')))
            .bind(3, birthYear)
            .bind(4, female ? QStringLiteral("female") : QStringLiteral("male"))
            .bind(5, city.name)
            .bind(6, std::round((city.latitude + m_random.normal(0, 0.04)) * 1e4) / 1e4)
            .bind(7, std::round((city.longitude + m_random.normal(0, 0.06)) * 1e4) / 1e4)
            .bind(8, m_random.range(2, 8))
            .bind(9, m_random.range(1, 3))
            .bind(10, status)
            .bind(11, std::round(std::clamp(m_random.normal(3.9, 0.55), 1.0, 5.0) * 10) / 10)
            .bind(12, m_options.today.addDays(-m_random.range(30, 6 * 365)).toString(Qt::ISODate));
        if (!add(shopper))
            return false;
        personal.bind(1, id)
            .bind(2, first + QLatin1Char(' ') + last)
            .bind(3, QStringLiteral("%1.%2%3@example.net").arg(asciiFolded(first), asciiFolded(last)).arg(id % 97))
            .bind(4, phoneFor(country.code, m_random))
            .bind(5, QStringLiteral("%1 %2").arg(names.streets[m_random.range(0, int(names.streets.size()) - 1)])
                         .arg(m_random.range(1, 160)))
            .bind(6, postcodeFor(country.code, m_random));
        if (!add(personal))
            return false;
        QStringList spoken = {country.language};
        if (m_random.chance(0.75))
            spoken << QStringLiteral("en");
        const bool baltic = country.code == QLatin1String("LV") || country.code == QLatin1String("EE")
                            || country.code == QLatin1String("LT");
        if (baltic && m_random.chance(0.4))
            spoken << QStringLiteral("ru");
        spoken.removeDuplicates();
        for (const QString& code : spoken) {
            language.bind(1, id).bind(2, code);
            if (!add(language))
                return false;
        }
        QStringList tags = {customer ? QStringLiteral("customer") : QStringLiteral("not-customer")};
        const int age = year - birthYear;
        if (m_random.chance(0.55))
            tags << QStringLiteral("has-car");
        if (m_random.chance(0.35))
            tags << QStringLiteral("has-children");
        if (age < 26 && m_random.chance(0.5))
            tags << QStringLiteral("student");
        if (age > 64 && m_random.chance(0.7))
            tags << QStringLiteral("retired");
        if (spoken.contains(QStringLiteral("ru")))
            tags << QStringLiteral("speaks-russian");
        if (m_random.chance(0.08))
            tags << QStringLiteral("small-business-owner");
        for (const QString& value : tags) {
            tag.bind(1, id).bind(2, value);
            if (!add(tag))
                return false;
        }
        if (m_random.chance(0.006)) {
            const auto& location = m_locations[size_t(m_random.range(0, int(m_locations.size()) - 1))];
            conflict.bind(1, id).bind(2, location.id).bindNull(3).bind(4, QStringLiteral("Sibling works at this branch."));
            if (!add(conflict))
                return false;
        } else if (m_random.chance(0.003)) {
            conflict.bind(1, id).bindNull(2).bind(3, QStringLiteral("Nordbank")).bind(4, QStringLiteral("Former Nordbank employee."));
            if (!add(conflict))
                return false;
        }
        if (m_random.chance(0.05)) {
            const QDate from = m_options.today.addDays(m_random.range(-10, 40));
            unavailable.bind(1, id).bind(2, from.toString(Qt::ISODate)).bind(3, from.addDays(m_random.range(3, 21)).toString(Qt::ISODate));
            if (!add(unavailable))
                return false;
        }
        const int cityIndex = int(&city - m_content.cities.data());
        m_shoppers.push_back({id, cityIndex, city.countryIndex, status == QLatin1String("active"), customer,
                              m_random.chance(0.012), m_random.normal(0, 0.03), first});
        m_shoppersByCity[size_t(cityIndex)].push_back(i);
        m_shoppersByCountry[size_t(city.countryIndex)].push_back(i);
    }
    m_stats.shoppers = m_shape.shoppers;

    // A city without shoppers borrows those of the nearest city that has some.
    m_nearestCityWithShoppers.resize(m_content.cities.size());
    for (size_t c = 0; c < m_content.cities.size(); ++c) {
        double best = 1e18;
        for (size_t k = 0; k < m_content.cities.size(); ++k) {
            if (m_shoppersByCity[k].empty())
                continue;
            const double dLat = m_content.cities[c].latitude - m_content.cities[k].latitude;
            const double dLon = (m_content.cities[c].longitude - m_content.cities[k].longitude)
                                * std::cos(m_content.cities[c].latitude * M_PI / 180);
            if (dLat * dLat + dLon * dLon < best) {
                best = dLat * dLat + dLon * dLon;
                m_nearestCityWithShoppers[c] = int(k);
            }
        }
    }
    return true;
}

// Every report is scored as the project file stores scores (docs/results.md), so the demo's
// results are there to chart at once and `check` finds them equal to a fresh rescoring.
bool Writer::writeScores()
{
    ScoreStore::Counts counts;
    const bool ok = ScoreStore::rescoreAll(m_database, isoTimestamp(m_options.today, 6, 0), &counts, &m_error,
                                           [this](int percent) { return report(88 + percent / 10); });
    m_stats.rows += 2 * counts.responses + counts.sections;
    return ok;
}

bool Writer::writeWaveStatuses()
{
    BulkInserter update(m_db, "UPDATE wave SET status = ? WHERE id = ?");
    for (size_t w = 0; w < m_waveIds.size(); ++w) {
        update.bind(1, m_waveStatuses.value(qsizetype(w))).bind(2, m_waveIds[w]);
        if (!update.insert())
            return fail(update);
    }
    return true;
}

qint64 Writer::chooseShopper(const LocationRow& location, int wave)
{
    const std::vector<int>* pool = nullptr;
    if (location.cityIndex >= 0 && location.channel == QLatin1String("visit"))
        pool = &m_shoppersByCity[size_t(m_nearestCityWithShoppers[size_t(location.cityIndex)])];
    else
        pool = &m_shoppersByCountry[size_t(location.countryIndex)];
    if (pool->empty())
        pool = &m_shoppersByCity[size_t(m_nearestCityWithShoppers[0])];
    // Past waves may use anyone who was on the panel then; current work goes to active shoppers,
    // never the one who shopped this location last (the lockout).
    const int previous = m_lastShopperAt.value(location.id, -1);
    int chosen = -1;
    for (int attempt = 0; attempt < 12 && chosen < 0; ++attempt) {
        const int candidate = (*pool)[size_t(m_random.range(0, int(pool->size()) - 1))];
        const ShopperRow& shopper = m_shoppers[size_t(candidate)];
        if (candidate == previous && pool->size() > 1)
            continue;
        if (wave >= kCurrentWave && !shopper.active)
            continue;
        if (location.channel == QLatin1String("call") && !shopper.customer && attempt < 10)
            continue;
        chosen = candidate;
    }
    if (chosen < 0)
        chosen = (*pool)[0];
    m_lastShopperAt.insert(location.id, chosen);
    return chosen;
}

bool Writer::writeVisits()
{
    BulkInserter visit(m_db, "INSERT INTO visit (id, wave_id, location_id, scenario_id, slot, planned_date, daypart, "
                             "status, shopper_id, assigned_by, locked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkInserter event(m_db, "INSERT INTO visit_event (visit_id, at, status, shopper_id, note) VALUES (?, ?, ?, ?, '')");
    BulkInserter decision(m_db, "INSERT INTO qc_decision (response_id, decision, reason, decided_by, decided_at) "
                                "VALUES (?, ?, ?, 'QC team', ?)");
    m_responseInsert = std::make_unique<BulkInserter>(
        m_db, "INSERT INTO response (id, visit_id, version_id, language, visited_on, visited_at, duration_minutes, "
              "staff_description, comment, source, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 'demo', ?)");
    m_answerInsert = std::make_unique<BulkInserter>(
        m_db, "INSERT INTO answer (response_id, question_id, option_id, number, text, comment) VALUES (?, ?, ?, ?, ?, ?)");
    m_choiceInsert = std::make_unique<BulkInserter>(
        m_db, "INSERT INTO answer_choice (response_id, question_id, option_id) VALUES (?, ?, ?)");
    static const char* const dayparts[] = {"morning", "midday", "afternoon", "evening"};
    qint64 visitId = 0;
    for (int w = 0; w < kWaveCount; ++w) {
        const QDate start = m_waveStarts[size_t(w)];
        const int days = start.daysInMonth();
        for (const LocationRow& location : m_locations) {
            for (int slot = 1; slot <= location.visitsPerWave; ++slot) {
                ++visitId;
                QDate date = start.addDays(m_random.range(0, days - 1));
                // Branches and the contact centre are shopped Monday to Saturday.
                if (location.channel != QLatin1String("web") && date.dayOfWeek() == 7)
                    date = date.addDays(date.day() > 1 ? -1 : 1);
                QString status;
                if (w < kCurrentWave) {
                    const double roll = m_random.uniform();
                    status = roll < 0.01 ? QStringLiteral("cancelled")
                             : roll < 0.035 ? QStringLiteral("rejected")
                             : (w == kCurrentWave - 1 && roll < 0.10) ? QStringLiteral("submitted")
                                                                       : QStringLiteral("approved");
                } else if (w == kCurrentWave) {
                    const double roll = m_random.uniform();
                    if (date < m_options.today)
                        status = roll < 0.4 ? QStringLiteral("approved") : roll < 0.7 ? QStringLiteral("submitted")
                                 : roll < 0.8 ? QStringLiteral("done") : QStringLiteral("accepted");
                    else
                        status = roll < 0.3 ? QStringLiteral("accepted") : roll < 0.55 ? QStringLiteral("assigned")
                                                                                         : QStringLiteral("planned");
                } else {
                    status = QStringLiteral("planned");
                }
                const bool staffed = status != QLatin1String("planned") && status != QLatin1String("cancelled");
                const int shopperIndex = staffed ? int(chooseShopper(location, w)) : -1;
                const bool manual = staffed && m_random.chance(0.04);
                visit.bind(1, visitId)
                    .bind(2, m_waveIds[size_t(w)])
                    .bind(3, location.id)
                    .bind(4, m_scenarioIds.value(location.channel))
                    .bind(5, slot)
                    .bind(6, date.toString(Qt::ISODate))
                    .bind(7, QString::fromLatin1(dayparts[m_random.range(0, location.channel == QLatin1String("visit") ? 2 : 3)]))
                    .bind(8, status)
                    .bind(11, manual ? 1 : 0);
                if (staffed)
                    visit.bind(9, m_shoppers[size_t(shopperIndex)].id).bind(10, manual ? QStringLiteral("manual") : QStringLiteral("auto"));
                else
                    visit.bindNull(9).bindNull(10);
                if (!visit.insert())
                    return fail(visit);
                ++m_stats.visits;
                ++m_stats.rows;
                if (!staffed)
                    continue;
                const ShopperRow& shopper = m_shoppers[size_t(shopperIndex)];
                event.bind(1, visitId).bind(2, isoTimestamp(start.addDays(-5), 9, 0)).bind(3, QStringLiteral("assigned")).bind(4, shopper.id);
                if (!event.insert())
                    return fail(event);
                ++m_stats.rows;
                if (status != QLatin1String("assigned")) {
                    event.bind(1, visitId).bind(2, isoTimestamp(date.addDays(1), 20, 0)).bind(3, status).bind(4, shopper.id);
                    if (!event.insert())
                        return fail(event);
                    ++m_stats.rows;
                }
                const bool reported = status == QLatin1String("submitted") || status == QLatin1String("approved")
                                      || status == QLatin1String("rejected");
                if (!reported)
                    continue;
                const qint64 responseId = m_nextResponseId;
                if (!writeResponse(visitId, location, shopper, w, date))
                    return false;
                if (status != QLatin1String("submitted")) {
                    const bool approved = status == QLatin1String("approved");
                    decision.bind(1, responseId)
                        .bind(2, approved ? QStringLiteral("approved") : QStringLiteral("sent_back"))
                        .bind(3, approved ? QString() : QString::fromUtf8(kRejectReasons[m_random.range(0, 2)]))
                        .bind(4, isoTimestamp(date.addDays(3), 11, 30));
                    if (!decision.insert())
                        return fail(decision);
                    ++m_stats.rows;
                }
            }
        }
        if (!report(10 + (w + 1) * 78 / kWaveCount))
            return false;
    }
    return true;
}

bool Writer::writeResponse(qint64 visitId, const LocationRow& location, const ShopperRow& shopper, int wave,
                           const QDate& date)
{
    BulkInserter* response = m_responseInsert.get();
    BulkInserter* answer = m_answerInsert.get();
    BulkInserter* choice = m_choiceInsert.get();
    const qint64 responseId = m_nextResponseId++;
    const bool latvian = location.language == QLatin1String("lv");
    const QString language = latvian ? QStringLiteral("lv") : QStringLiteral("en");
    const int expected = m_scenarioMinutes.value(location.channel, 20);
    const int duration = shopper.fraudulent ? m_random.range(3, 6)
                                            : std::max(4, int(std::lround(m_random.normal(expected, expected * 0.25))));
    const bool call = location.channel == QLatin1String("call");
    const int minuteOfDay = call ? m_random.range(8 * 60 + 30, 19 * 60 + 30) : m_random.range(9 * 60 + 15, 16 * 60 + 40);
    const auto& names = m_content.names[m_content.countries[size_t(location.countryIndex)].code];
    const QString staff = location.channel == QLatin1String("web")
                              ? QString()
                              : QStringLiteral("%1, badge “%2”")
                                    .arg(m_random.chance(0.6) ? QStringLiteral("Consultant at desk %1").arg(m_random.range(1, 6))
                                                              : QStringLiteral("Agent"),
                                         m_random.chance(0.5) ? names.female[m_random.range(0, int(names.female.size()) - 1)]
                                                              : names.male[m_random.range(0, int(names.male.size()) - 1)]);
    response->bind(1, responseId)
        .bind(2, visitId)
        .bind(3, m_versionId)
        .bind(4, language)
        .bind(5, date.toString(Qt::ISODate))
        .bind(6, QStringLiteral("%1:%2").arg(minuteOfDay / 60, 2, 10, QLatin1Char('0')).arg(minuteOfDay % 60, 2, 10, QLatin1Char('0')))
        .bind(7, duration)
        .bind(8, staff)
        .bind(9, isoTimestamp(date.addDays(1), 20, 0));
    if (!response->insert())
        return fail(*response);
    ++m_stats.responses;
    ++m_stats.rows;

    // The latent quality of this visit moves every standard together, so feelings and NPS relate
    // to the standards as they do in real programmes (which driver analysis relies on).
    const double quality = location.quality + location.trend * wave + shopper.leniency + m_random.normal(0, 0.08);
    std::vector<QVariant> given(m_questions.size());
    auto answerOf = [&](const QString& code) {
        const auto it = m_questionIndex.constFind(code);
        return it == m_questionIndex.cend() ? QVariant() : given[size_t(it.value())];
    };
    int yes = 0;
    int applicable = 0;
    const auto& comments = latvian ? kCommentsLv : kCommentsEn;
    const auto& negatives = latvian ? kNegativeLv : kNegativeEn;

    for (size_t q = 0; q < m_questions.size(); ++q) {
        const QuestionRow& row = m_questions[q];
        const auto& spec = *row.spec;
        if (spec.showIf && !spec.showIf->evaluate(answerOf, spec.code))
            continue;
        const bool applies = spec.channels.contains(location.channel);
        if (!applies && !spec.allowNa)
            continue;
        answer->bind(1, responseId).bind(2, row.id).bindNull(3).bindNull(4).bindNull(5).bindNull(6);
        bool multiple = false;
        std::vector<qint64> chosen;
        const QString& type = spec.type;
        if (!applies || (spec.allowNa && type == QLatin1String("yes_no") && m_random.chance(0.02))) {
            answer->bind(3, row.optionIds.value(QStringLiteral("na")));
            given[q] = QStringLiteral("na");
        } else if (type == QLatin1String("yes_no")) {
            const bool isYes = shopper.fraudulent || m_random.chance(std::clamp(spec.pYes + quality, 0.02, 0.995));
            answer->bind(3, row.optionIds.value(isYes ? QStringLiteral("yes") : QStringLiteral("no")));
            given[q] = isYes ? QStringLiteral("yes") : QStringLiteral("no");
            ++applicable;
            yes += isYes ? 1 : 0;
        } else if (type == QLatin1String("rating") || type == QLatin1String("nps")) {
            const double low = spec.minimum.value_or(1);
            const double high = spec.maximum.value_or(5);
            const double share = applicable ? double(yes) / applicable : 0.75;
            const double spread = high - low;
            const double centre = spec.mean + quality * spread * 0.8 + (share - 0.75) * spread * 0.6;
            const double value = shopper.fraudulent ? high
                                                    : std::clamp(std::round(m_random.normal(centre, spread * 0.16)), low, high);
            answer->bind(4, value);
            given[q] = value;
        } else if (type == QLatin1String("single")) {
            std::vector<double> weights;
            for (const auto& choiceSpec : spec.options)
                weights.push_back(choiceSpec.probability);
            const auto& picked = spec.options[m_random.weighted(weights)];
            answer->bind(3, row.optionIds.value(picked.code));
            given[q] = picked.code;
        } else if (type == QLatin1String("multiple")) {
            multiple = true;
            for (const auto& choiceSpec : spec.options)
                if (m_random.chance(choiceSpec.probability))
                    chosen.push_back(row.optionIds.value(choiceSpec.code));
            given[q] = QString();
        } else if (type == QLatin1String("number")) {
            const double value = std::clamp(std::round(m_random.normal(spec.mean, spec.sd)), spec.minimum.value_or(0),
                                            spec.maximum.value_or(1e9));
            answer->bind(4, value);
            given[q] = value;
        } else if (type == QLatin1String("text")) {
            if (!spec.mandatory && !m_random.chance(0.35))
                continue;
            answer->bindText(5, QByteArray(comments[m_random.range(0, 5)]));
        } else {
            continue; // date and time items are not part of the demo form
        }
        if (spec.commentIf && spec.commentIf->evaluate(answerOf, spec.code) && !shopper.fraudulent)
            answer->bindText(6, QByteArray(negatives[m_random.range(0, 2)]));
        if (!answer->insert())
            return fail(*answer);
        ++m_stats.answers;
        ++m_stats.rows;
        if (multiple) {
            for (const qint64 optionId : chosen) {
                choice->bind(1, responseId).bind(2, row.id).bind(3, optionId);
                if (!choice->insert())
                    return fail(*choice);
                ++m_stats.rows;
            }
        }
    }
    return true;
}

QString temporaryBeside(const QString& target)
{
    const QFileInfo info(target);
    QTemporaryFile file(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.partial"));
    file.setAutoRemove(false);
    if (!file.open())
        return {};
    const QString name = file.fileName();
    file.close();
    QFile::remove(name);
    return name;
}

// The CREATE INDEX statements of the schema, to rebuild them after a bulk load.
std::vector<QByteArray> secondaryIndexes(sqlite3* db)
{
    std::vector<QByteArray> statements;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL", -1, &statement,
                       nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        statements.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return statements;
}

bool execAll(sqlite3* db, const std::vector<QByteArray>& statements, QString* error)
{
    for (const QByteArray& sql : statements) {
        char* message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QString::fromUtf8(message);
            sqlite3_free(message);
            return false;
        }
    }
    return true;
}

bool dropIndexes(sqlite3* db, QString* error)
{
    std::vector<QByteArray> drops;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL", -1, &statement,
                       nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        drops.push_back("DROP INDEX \"" + QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)))
                        + '"');
    sqlite3_finalize(statement);
    return execAll(db, drops, error);
}

bool createIndexes(sqlite3* db, const std::vector<QByteArray>& statements, QString* error)
{
    return execAll(db, statements, error);
}

bool foreignKeysHold(sqlite3* db, QString* error)
{
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &statement, nullptr);
    const bool clean = sqlite3_step(statement) != SQLITE_ROW;
    if (!clean)
        *error = QStringLiteral("a row of table %1 points to a missing row")
                     .arg(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return clean;
}

} // namespace

std::optional<DemoGenerator::Preset> DemoGenerator::presetFromName(const QString& name)
{
    if (name == QLatin1String("small"))
        return Preset::Small;
    if (name == QLatin1String("large"))
        return Preset::Large;
    return std::nullopt;
}

bool DemoGenerator::generate(const QString& path, const Options& options, Statistics* statistics, ProjectError* error,
                             const Progress& progress)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(target);
    auto failWith = [error](ProjectError::Code code, const QString& message) {
        if (error)
            *error = ProjectError::make(code, message);
        return false;
    };
    if (QFileInfo::exists(target) && !options.replace)
        return failWith(ProjectError::Code::AlreadyExists,
                        tr("“%1” already exists; choose another name or replace it explicitly.").arg(shown));
    if (!options.today.isValid())
        return failWith(ProjectError::Code::Sql, tr("The demo needs a valid date for “today”."));

    QString problem;
    const auto content = DemoContent::load(&problem);
    if (!content)
        return failWith(ProjectError::Code::Io, tr("The demo material is broken: %1").arg(problem));

    const QString partial = temporaryBeside(target);
    if (partial.isEmpty())
        return failWith(ProjectError::Code::ReadOnly,
                        tr("Cannot write in the folder “%1”.").arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));

    Statistics stats;
    bool ok = false;
    {
        ProjectConnection connection;
        ok = connection.open(partial, false, error) && SchemaManager::migrate(connection.database(), target, error)
             && ProgrammeDefaults::write(connection.database(), QFileInfo(target).completeBaseName(), error);
        if (ok) {
            sqlite3* db = connection.handle();
            // The file is private until renamed into place, so it needs no journal: a crash or a
            // cancel simply leaves a partial file that is removed.
            sqlite3_exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;",
                         nullptr, nullptr, nullptr);
            // Bulk load: secondary indexes are built once at the end (a sort beats millions of
            // B-tree inserts) and foreign keys are checked once over the whole file instead of
            // row by row. The file is published only if that check finds nothing.
            const std::vector<QByteArray> indexes = secondaryIndexes(db);
            Writer writer(connection.database(), *content, options, progress);
            QString message;
            ok = dropIndexes(db, &message);
            sqlite3_exec(db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
            ok = ok && writer.run(&stats, &message) && createIndexes(db, indexes, &message)
                 && foreignKeysHold(db, &message);
            sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
            if (!ok) {
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                const int code = sqlite3_errcode(db);
                if (error)
                    *error = ProjectError::make((code & 0xff) == SQLITE_FULL ? ProjectError::Code::DiskFull
                                                                              : ProjectError::Code::Sql,
                                                (code & 0xff) == SQLITE_FULL
                                                    ? tr("Could not write “%1”: the disk is full.").arg(shown)
                                                    : tr("Could not write the demo programme “%1”: %2.").arg(shown, message));
            } else {
                sqlite3_exec(db, "PRAGMA journal_mode = DELETE; ANALYZE;", nullptr, nullptr, nullptr);
            }
        }
    }
    if (ok) {
        // rename(2) replaces an existing file atomically: readers see the old or the new one.
        std::error_code renameError;
        std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(target).toStdString(),
                                renameError);
        if (renameError) {
            ok = false;
            failWith(ProjectError::Code::Io, tr("Cannot create “%1”: %2.")
                                                 .arg(shown, QString::fromStdString(renameError.message())));
        }
    }
    if (!ok) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return false;
    }
    if (statistics)
        *statistics = stats;
    return true;
}
