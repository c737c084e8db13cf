#include "ResultsCatalog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {
using Dimension = ResultsQuery::Dimension;

bool run(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().databaseText();
    return false;
}

// The label of a missing key (a location placed above the level, a report without staff).
QString noneLabel(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Country:
        return ResultsCatalog::tr("(no country)");
    case Dimension::Region:
        return ResultsCatalog::tr("(no region)");
    case Dimension::Area:
        return ResultsCatalog::tr("(no area)");
    default:
        return ResultsCatalog::tr("(none)");
    }
}
} // namespace

QStringList ResultsCatalog::channels()
{
    return { QStringLiteral("visit"), QStringLiteral("call"),   QStringLiteral("email"),
             QStringLiteral("web"),   QStringLiteral("social"), QStringLiteral("audit") };
}

bool ResultsCatalog::load(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT small_base_threshold FROM programme WHERE id = 1"), error))
        return false;
    if (query.next())
        m_smallBaseThreshold = query.value(0).toInt();

    if (!run(query, QStringLiteral("SELECT id, code, name, starts_on FROM wave"), error))
        return false;
    while (query.next())
        m_waves.insert(query.value(0).toLongLong(),
                       { query.value(1).toString(), query.value(2).toString(), query.value(3).toString() });

    if (!run(query, QStringLiteral("SELECT id, parent_id, level, name FROM geo_unit"), error))
        return false;
    while (query.next())
        m_geo.insert(query.value(0).toLongLong(),
                     { query.value(2).toString(), query.value(3).toString(), query.value(1).toLongLong() });

    const QStringList channelCodes = channels();
    if (!run(query,
             QStringLiteral("SELECT id, code, name, channel, is_competitor, geo_unit_id, brand FROM location"),
             error))
        return false;
    while (query.next()) {
        Location location;
        location.code = query.value(1).toString();
        location.name = query.value(2).toString();
        location.channel = int(channelCodes.indexOf(query.value(3).toString()));
        location.competitor = query.value(4).toInt() != 0;
        const QString brand = query.value(6).toString().trimmed();
        location.brand = int(m_brands.indexOf(brand));
        if (location.brand < 0) {
            location.brand = int(m_brands.size());
            m_brands << brand;
        }
        // Walk up from the deepest level the location is placed at.
        for (qint64 geo = query.value(5).toLongLong(); geo != 0 && m_geo.contains(geo);
             geo = m_geo.value(geo).parent) {
            const QString& level = m_geo[geo].level;
            (level == QLatin1String("area")         ? location.area
                 : level == QLatin1String("region") ? location.region
                                                    : location.country)
                = geo;
        }
        m_locations.insert(query.value(0).toLongLong(), location);
    }

    const QString source = QStringLiteral("(SELECT source_language FROM programme WHERE id = 1)");
    if (!run(query,
             QStringLiteral(
                 "SELECT s.id, s.code, (SELECT t.title FROM scenario_text t WHERE t.scenario_id = s.id "
                 "AND t.language = %1) FROM scenario s")
                 .arg(source),
             error))
        return false;
    while (query.next())
        m_scenarios.insert(query.value(0).toLongLong(),
                           { query.value(1).toString(), query.value(2).toString() });

    // Sections and questions: codes, texts and form order from the newest version that has them.
    if (!run(query,
             QStringLiteral(
                 "SELECT s.id, s.code, (SELECT t.title FROM section_text t WHERE t.section_id = s.id "
                 "AND t.language = %1), coalesce(p.position, s.position), "
                 "CASE WHEN s.parent_id IS NULL THEN 0 ELSE s.position + 1 END "
                 "FROM section s LEFT JOIN section p ON p.id = s.parent_id "
                 "ORDER BY s.version_id DESC, s.id")
                 .arg(source),
             error))
        return false;
    QHash<QString, int> sectionCodes;
    while (query.next()) {
        const QString code = query.value(1).toString();
        auto found = sectionCodes.constFind(code);
        if (found == sectionCodes.cend()) {
            found = sectionCodes.insert(code, int(m_sectionCodes.size()));
            m_sectionCodes.push_back(code);
            m_sectionTitles.push_back(query.value(2).toString());
            m_sectionRanks.push_back(query.value(3).toInt() * 1000 + query.value(4).toInt());
        }
        m_sectionCodeById.insert(query.value(0).toLongLong(), found.value());
    }
    if (!run(query,
             QStringLiteral(
                 "SELECT q.id, q.version_id, q.code, q.type, q.section_id, q.position, "
                 "(SELECT t.text FROM question_text t WHERE t.question_id = q.id AND t.language = %1) "
                 "FROM question q ORDER BY q.version_id DESC, q.id")
                 .arg(source),
             error))
        return false;
    QHash<QString, int> questionCodes;
    while (query.next()) {
        const QString code = query.value(2).toString();
        Question question;
        question.type = QuestionTypes::fromCode(query.value(3).toString()).value_or(QuestionType::Text);
        question.section = m_sectionCodeById.value(query.value(4).toLongLong(), -1);
        auto found = questionCodes.constFind(code);
        if (found == questionCodes.cend()) {
            found = questionCodes.insert(code, int(m_questionCodes.size()));
            m_questionCodes.push_back(code);
            m_questionTexts.push_back(query.value(6).toString());
            const int sectionRank = question.section >= 0 ? m_sectionRanks[size_t(question.section)] : 0;
            m_questionRanks.push_back(sectionRank * 1000 + query.value(5).toInt());
            m_questionCodeTypes.push_back(question.type);
            m_sectionOfQuestionCode.push_back(question.section);
        }
        question.code = found.value();
        const qint64 id = query.value(0).toLongLong();
        m_questions.insert(id, question);
        m_slots[query.value(1).toLongLong()].push_back(id);
    }
    for (auto& ids : m_slots)
        std::sort(ids.begin(), ids.end());

    if (!run(
            query,
            QStringLiteral("SELECT o.id, o.question_id, o.code, o.position, o.is_na, "
                           "(SELECT t.label FROM option_text t WHERE t.option_id = o.id AND t.language = %1) "
                           "FROM question_option o ORDER BY o.question_id, o.position")
                .arg(source),
            error))
        return false;
    QSet<qint64> hasYes;
    QHash<qint64, qint64>
        firstAnswerOption; // a yes/no question without a "yes" code: its first option means yes
    while (query.next()) {
        Option option;
        option.questionId = query.value(1).toLongLong();
        option.code = query.value(2).toString();
        option.position = query.value(3).toInt();
        option.isNa = query.value(4).toInt() != 0;
        option.label = query.value(5).toString();
        const qint64 id = query.value(0).toLongLong();
        const auto question = m_questions.constFind(option.questionId);
        if (question != m_questions.cend() && question->type == QuestionType::YesNo && !option.isNa) {
            option.isYes = option.code == QLatin1String("yes");
            if (option.isYes)
                hasYes.insert(option.questionId);
            if (!firstAnswerOption.contains(option.questionId))
                firstAnswerOption.insert(option.questionId, id);
        }
        m_optionOrder[option.questionId].push_back(id);
        m_options.insert(id, option);
    }
    for (auto it = firstAnswerOption.cbegin(); it != firstAnswerOption.cend(); ++it)
        if (!hasYes.contains(it.key()))
            m_options[it.value()].isYes = true;

    if (!run(query, QStringLiteral("SELECT lower_bound, label FROM score_band ORDER BY lower_bound"), error))
        return false;
    while (query.next())
        m_bands.push_back({ query.value(0).toDouble(), query.value(1).toString() });
    if (m_bands.empty())
        for (int lower = 0; lower < 100; lower += 10)
            m_bands.push_back({ double(lower), QStringLiteral("%1–%2").arg(lower).arg(lower + 10) });
    return true;
}

const ResultsCatalog::Location* ResultsCatalog::location(qint64 id) const
{
    const auto it = m_locations.constFind(id);
    return it == m_locations.cend() ? nullptr : &*it;
}

const ResultsCatalog::Question* ResultsCatalog::question(qint64 id) const
{
    const auto it = m_questions.constFind(id);
    return it == m_questions.cend() ? nullptr : &*it;
}

const ResultsCatalog::Option* ResultsCatalog::option(qint64 id) const
{
    const auto it = m_options.constFind(id);
    return it == m_options.cend() ? nullptr : &*it;
}

const ResultsCatalog::Option* ResultsCatalog::optionAt(qint64 questionId, int index) const
{
    const auto it = m_optionOrder.constFind(questionId);
    if (it == m_optionOrder.cend() || index < 0 || size_t(index) >= it->size())
        return nullptr;
    return option((*it)[size_t(index)]);
}

const ResultsCatalog::Option* ResultsCatalog::notApplicableOption(qint64 questionId) const
{
    for (const qint64 id : m_optionOrder.value(questionId))
        if (const Option* candidate = option(id); candidate && candidate->isNa)
            return candidate;
    return nullptr;
}

const std::vector<qint64>& ResultsCatalog::slotsOf(qint64 versionId) const
{
    static const std::vector<qint64> none;
    const auto it = m_slots.constFind(versionId);
    return it == m_slots.cend() ? none : *it;
}

std::vector<qint64> ResultsCatalog::questionIds(qint64 versionId) const
{
    if (versionId != 0)
        return slotsOf(versionId);
    std::vector<qint64> all;
    for (const auto& ids : m_slots)
        all.insert(all.end(), ids.cbegin(), ids.cend());
    return all;
}

int ResultsCatalog::bandOf(double score) const
{
    int band = 0; // the lowest band takes anything below its bound too
    for (size_t i = 0; i < m_bands.size(); ++i)
        if (score >= m_bands[i].lowerBound)
            band = int(i);
    return band;
}

std::optional<QSet<qint64>> ResultsCatalog::resolve(Dimension dimension, const QStringList& values,
                                                    QString* error) const
{
    QSet<qint64> ids;
    for (const QString& value : values) {
        const qsizetype before = ids.size();
        auto sameText
            = [&value](const QString& text) { return text.compare(value, Qt::CaseInsensitive) == 0; };
        switch (dimension) {
        case Dimension::Wave: {
            for (auto it = m_waves.cbegin(); it != m_waves.cend(); ++it)
                if (it->code == value)
                    ids.insert(it.key());
            if (ids.size() == before) // codes win; else the name
                for (auto it = m_waves.cbegin(); it != m_waves.cend(); ++it)
                    if (sameText(it->name))
                        ids.insert(it.key());
            break;
        }
        case Dimension::Country:
        case Dimension::Region:
        case Dimension::Area: {
            const QString level = dimension == Dimension::Country ? QStringLiteral("country")
                : dimension == Dimension::Region                  ? QStringLiteral("region")
                                                                  : QStringLiteral("area");
            for (auto it = m_geo.cbegin(); it != m_geo.cend(); ++it)
                if (it->level == level && sameText(it->name))
                    ids.insert(it.key());
            break;
        }
        case Dimension::Location:
            for (auto it = m_locations.cbegin(); it != m_locations.cend(); ++it)
                if (it->code == value)
                    ids.insert(it.key());
            break;
        case Dimension::Channel:
            if (channels().contains(value.toLower()))
                ids.insert(channels().indexOf(value.toLower()));
            break;
        case Dimension::Scenario:
            for (auto it = m_scenarios.cbegin(); it != m_scenarios.cend(); ++it)
                if (it->code == value)
                    ids.insert(it.key());
            break;
        case Dimension::Competitor:
            if (QStringList { QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("true") }.contains(
                    value.toLower()))
                ids.insert(1);
            else if (QStringList { QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false") }
                         .contains(value.toLower()))
                ids.insert(0);
            break;
        case Dimension::Brand:
            for (int i = 0; i < m_brands.size(); ++i)
                if (sameText(m_brands[i]))
                    ids.insert(i);
            break;
        case Dimension::Section:
            for (size_t i = 0; i < m_sectionCodes.size(); ++i)
                if (m_sectionCodes[i] == value)
                    ids.insert(qint64(i));
            break;
        case Dimension::Question:
            for (size_t i = 0; i < m_questionCodes.size(); ++i)
                if (m_questionCodes[i] == value)
                    ids.insert(qint64(i));
            break;
        case Dimension::Staff:
            return ids; // texts, matched by the caller
        }
        if (ids.size() == before) {
            *error = tr("%1=%2: there is no such %1").arg(ResultsQuery::dimensionKey(dimension), value);
            return std::nullopt;
        }
    }
    return ids;
}

QString ResultsCatalog::code(Dimension dimension, qint64 id) const
{
    switch (dimension) {
    case Dimension::Wave:
        return m_waves.value(id).code;
    case Dimension::Country:
    case Dimension::Region:
    case Dimension::Area:
        return m_geo.value(id).name;
    case Dimension::Location:
        return m_locations.value(id).code;
    case Dimension::Channel:
        return channels().value(id);
    case Dimension::Scenario:
        return m_scenarios.value(id).code;
    case Dimension::Competitor:
        return id ? QStringLiteral("yes") : QStringLiteral("no");
    case Dimension::Brand:
        return m_brands.value(id);
    case Dimension::Section:
        return id >= 0 && size_t(id) < m_sectionCodes.size() ? m_sectionCodes[size_t(id)] : QString();
    case Dimension::Question:
        return id >= 0 && size_t(id) < m_questionCodes.size() ? m_questionCodes[size_t(id)] : QString();
    case Dimension::Staff:
        return {};
    }
    return {};
}

QString ResultsCatalog::label(Dimension dimension, qint64 id) const
{
    switch (dimension) {
    case Dimension::Wave:
        return m_waves.value(id).name;
    case Dimension::Country:
    case Dimension::Region:
    case Dimension::Area:
        return id ? m_geo.value(id).name : noneLabel(dimension);
    case Dimension::Location:
        return m_locations.value(id).name;
    case Dimension::Brand:
        return id ? m_brands.value(id) : tr("(no brand)");
    case Dimension::Scenario:
        return m_scenarios.value(id).title;
    case Dimension::Section:
        return id >= 0 && size_t(id) < m_sectionTitles.size() ? m_sectionTitles[size_t(id)] : QString();
    case Dimension::Question:
        return id >= 0 && size_t(id) < m_questionTexts.size() ? m_questionTexts[size_t(id)] : QString();
    default:
        return code(dimension, id);
    }
}

bool ResultsCatalog::before(Dimension dimension, qint64 a, qint64 b) const
{
    switch (dimension) {
    case Dimension::Wave: {
        const Wave& first = m_waves[a];
        const Wave& second = m_waves[b];
        return std::tie(first.start, first.code) < std::tie(second.start, second.code);
    }
    case Dimension::Country:
    case Dimension::Region:
    case Dimension::Area: // places by name, "none" last
        if ((a == 0) != (b == 0))
            return b == 0;
        return std::make_pair(m_geo.value(a).name, a) < std::make_pair(m_geo.value(b).name, b);
    case Dimension::Location:
        return m_locations.value(a).code < m_locations.value(b).code;
    case Dimension::Scenario:
        return m_scenarios.value(a).code < m_scenarios.value(b).code;
    case Dimension::Brand: // by name, "none" last
        if ((a == 0) != (b == 0))
            return b == 0;
        return m_brands.value(a) < m_brands.value(b);
    case Dimension::Section:
        return m_sectionRanks[size_t(a)] < m_sectionRanks[size_t(b)];
    case Dimension::Question:
        return m_questionRanks[size_t(a)] < m_questionRanks[size_t(b)];
    default:
        return a < b;
    }
}
