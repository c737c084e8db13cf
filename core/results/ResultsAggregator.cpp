#include "ResultsAggregator.h"

#include "ResultsCatalog.h"
#include "ResultsStatistics.h"
#include "ScoredResponse.h"
#include "project/JsonIdList.h"
#include "project/NativeQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>

namespace {

using Dimension = ResultsQuery::Dimension;
using Measure = ResultsQuery::Measure;
using Level = ResultsTable::Level;

// The dimensions a report has by itself (the others are the section or question measured).
constexpr std::array<Dimension, 10> kReportDimensions
    = { Dimension::Wave,    Dimension::Country,  Dimension::Region,     Dimension::Area,  Dimension::Location,
        Dimension::Channel, Dimension::Scenario, Dimension::Competitor, Dimension::Brand, Dimension::Staff };
using ReportKey = std::array<qint64, kReportDimensions.size()>;

int reportDimensionIndex(Dimension dimension)
{
    const auto it = std::find(kReportDimensions.cbegin(), kReportDimensions.cend(), dimension);
    return it == kReportDimensions.cend() ? -1 : int(it - kReportDimensions.cbegin());
}

struct ReportKeyHash
{
    size_t operator()(const ReportKey& key) const
    {
        size_t hash = 1469598103934665603ULL;
        for (const qint64 part : key)
            hash = (hash ^ size_t(part)) * 1099511628211ULL;
        return hash;
    }
};

// One cell's running sums before the statistics.
struct Accumulator
{
    int group = 0; // the report group
    int sub = 0; // the section or question code measured; 0 at visit level
    qint64 n = 0;
    double sum = 0;
    double squares = 0;
    qint64 count = 0;
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
};

// A distribution's categories: option codes, scale points or score bands, in their own order.
struct Category
{
    QString code; // unique among the categories of every question: "GRT01/yes"
    QString shown; // what the result shows: "yes"
    QString label;
    double rank = 0;
};

class Aggregation
{
public:
    Aggregation(const QSqlDatabase& db, const ResultsQuery& query, const ResultsCatalog& catalog)
        : m_db(db)
        , m_query(query)
        , m_catalog(catalog)
    {
    }

    bool run(ResultsTable* table, QString* error, ResultsAggregator::Failure* failure);
    bool collect(ResultsReports* reports, QString* error, ResultsAggregator::Failure* failure);

private:
    bool resolveFilters(QString* error);
    bool readReports(QString* error);
    bool readSectionScores(QString* error);
    bool readQuestionScores(QString* error);
    bool readAnswers(QString* error);
    void addAnswer(int report, qint64 questionId, float value);
    void addChoice(int report, qint64 questionId, qint64 optionId);
    void finish(ResultsTable* table) const;

    // The report's index among the counted ones, -1 when it does not count.
    int reportIndex(qint64 responseId) const
    {
        const qint64 offset = responseId - m_firstId;
        return offset >= 0 && offset < qint64(m_indexById.size()) ? m_indexById[size_t(offset)] : -1;
    }
    Accumulator& accumulator(int group, int sub);
    int category(const QString& code, const QString& shown, const QString& label, double rank);
    void countCategory(const Accumulator& accumulator, int category);
    bool passesSub(int code) const { return !m_subFilter || m_subFilter->contains(code); }

    QSqlDatabase m_db;
    const ResultsQuery& m_query;
    const ResultsCatalog& m_catalog;
    Level m_level = Level::Visit;
    QList<Dimension> m_by;

    std::map<Dimension, QSet<qint64>> m_filters;
    QSet<QString> m_staffFilter;
    bool m_filtersStaff = false;
    std::optional<QSet<qint64>> m_subFilter; // section or question codes the measure keeps
    std::optional<QSet<qint64>> m_sectionFilter; // question level: the questions' sections

    // The counted reports, in the order read; their group and version.
    std::vector<qint64> m_reportIds;
    std::vector<int> m_reportGroups;
    std::vector<qint64> m_reportVersions;
    std::vector<std::optional<double>> m_visitScores;
    std::vector<qint64> m_visitIds;
    std::vector<int> m_indexById; // by response id - m_firstId
    qint64 m_firstId = 0;
    qint64 m_lastId = -1;

    std::vector<ReportKey> m_groupKeys;
    QStringList m_staff; // staff descriptions by their key
    int m_subCount = 1;
    std::vector<std::vector<int>> m_accumulatorIndex; // [group][sub] -> index into m_accumulators, -1 none
    std::vector<Accumulator> m_accumulators;
    std::vector<Category> m_categories;
    QHash<QString, int> m_categoryIndex;
    std::unordered_map<quint64, qint64> m_categoryCounts; // accumulator << 20 | category
    std::unordered_map<int, std::vector<int>> m_categoriesOfSub;
};

Accumulator& Aggregation::accumulator(int group, int sub)
{
    if (size_t(group) >= m_accumulatorIndex.size())
        m_accumulatorIndex.resize(size_t(group) + 1);
    std::vector<int>& row = m_accumulatorIndex[size_t(group)];
    if (row.empty())
        row.assign(size_t(m_subCount), -1);
    int& index = row[size_t(sub)];
    if (index < 0) {
        index = int(m_accumulators.size());
        m_accumulators.push_back({ group, sub });
    }
    return m_accumulators[size_t(index)];
}

int Aggregation::category(const QString& code, const QString& shown, const QString& label, double rank)
{
    const auto found = m_categoryIndex.constFind(code);
    if (found != m_categoryIndex.cend())
        return found.value();
    const int index = int(m_categories.size());
    m_categories.push_back({ code, shown, label, rank });
    m_categoryIndex.insert(code, index);
    return index;
}

void Aggregation::countCategory(const Accumulator& accumulator, int category)
{
    const auto index = quint64(&accumulator - m_accumulators.data());
    ++m_categoryCounts[(index << 20) | quint64(category)];
    std::vector<int>& categories = m_categoriesOfSub[accumulator.sub];
    if (std::find(categories.cbegin(), categories.cend(), category) == categories.cend())
        categories.push_back(category);
}

bool Aggregation::resolveFilters(QString* error)
{
    for (auto it = m_query.filters.cbegin(); it != m_query.filters.cend(); ++it) {
        if (it.key() == Dimension::Staff) {
            m_filtersStaff = true;
            m_staffFilter = QSet<QString>(it.value().cbegin(), it.value().cend());
            continue;
        }
        const auto ids = m_catalog.resolve(it.key(), it.value(), error);
        if (!ids)
            return false;
        m_filters[it.key()] = *ids;
    }
    if (m_level == Level::Section && m_filters.count(Dimension::Section))
        m_subFilter = m_filters[Dimension::Section];
    if (m_level == Level::Question) {
        if (m_filters.count(Dimension::Question))
            m_subFilter = m_filters[Dimension::Question];
        if (m_filters.count(Dimension::Section))
            m_sectionFilter = m_filters[Dimension::Section];
    }
    return true;
}

bool Aggregation::readReports(QString* error)
{
    const bool staff = m_filtersStaff || m_by.contains(Dimension::Staff);
    const bool waves = m_filters.count(Dimension::Wave) > 0;
    // Fixed fragments only; every value is bound.
    QByteArray sql = "SELECT r.id, r.version_id, v.wave_id, v.location_id, v.scenario_id, ";
    sql += staff ? "r.staff_description, " : "'', ";
    // With chosen waves the visits lead, through their (wave, status) index: SQLite cannot tell
    // how short the bound lists are and would read every report otherwise.
    sql += m_level == Level::Visit ? "s.score, v.id FROM visit v " : "NULL, v.id FROM visit v ";
    sql += waves ? "CROSS JOIN response r ON r.visit_id = v.id " : "JOIN response r ON r.visit_id = v.id ";
    if (m_level == Level::Visit)
        sql += "LEFT JOIN visit_score s ON s.response_id = r.id ";
    sql += "WHERE v.status IN (SELECT value FROM json_each(?1))";
    if (waves)
        sql += " AND v.wave_id IN (SELECT value FROM json_each(?2))";
    NativeQuery reports(m_db, sql.constData());
    QJsonArray statuses { QStringLiteral("approved") };
    if (m_query.includePending)
        statuses.append(QStringLiteral("submitted"));
    reports.bind(1, QString::fromUtf8(QJsonDocument(statuses).toJson(QJsonDocument::Compact)));
    if (waves)
        reports.bind(2, jsonIdList(m_filters[Dimension::Wave]));

    std::array<bool, kReportDimensions.size()> grouped {};
    std::array<const QSet<qint64>*, kReportDimensions.size()> filters {};
    for (size_t d = 0; d < kReportDimensions.size(); ++d) {
        grouped[d] = m_by.contains(kReportDimensions[d]);
        const auto filter = m_filters.find(kReportDimensions[d]);
        filters[d] = filter == m_filters.end() || kReportDimensions[d] == Dimension::Wave ? nullptr
                                                                                          : &filter->second;
    }
    std::unordered_map<ReportKey, int, ReportKeyHash> groups;
    QHash<QString, int> staffKeys;
    while (reports.next()) {
        const ResultsCatalog::Location* location = m_catalog.location(reports.integer(3));
        if (!location)
            continue;
        ReportKey ids { reports.integer(2),
                        location->country,
                        location->region,
                        location->area,
                        reports.integer(3),
                        location->channel,
                        reports.integer(4),
                        location->competitor ? 1 : 0,
                        location->brand,
                        0 };
        if (staff) {
            const QString text = reports.text(5);
            if (m_filtersStaff && !m_staffFilter.contains(text))
                continue;
            auto found = staffKeys.constFind(text);
            if (found == staffKeys.cend()) {
                found = staffKeys.insert(text, int(m_staff.size()));
                m_staff << text;
            }
            ids[9] = found.value();
        }
        bool passes = true;
        for (size_t d = 0; d < ids.size() && passes; ++d)
            passes = !filters[d] || filters[d]->contains(ids[d]);
        if (!passes)
            continue;
        ReportKey key {};
        for (size_t d = 0; d < ids.size(); ++d)
            key[d] = grouped[d] ? ids[d] : 0;
        const auto [group, added] = groups.try_emplace(key, int(m_groupKeys.size()));
        if (added)
            m_groupKeys.push_back(key);
        m_reportIds.push_back(reports.integer(0));
        m_reportVersions.push_back(reports.integer(1));
        m_reportGroups.push_back(group->second);
        m_visitScores.push_back(reports.isNull(6) ? std::nullopt : std::optional<double>(reports.real(6)));
        m_visitIds.push_back(reports.integer(7));
    }
    if (!reports.error().isEmpty()) {
        *error = reports.error();
        return false;
    }
    if (!m_reportIds.empty()) {
        m_firstId = *std::min_element(m_reportIds.cbegin(), m_reportIds.cend());
        m_lastId = *std::max_element(m_reportIds.cbegin(), m_reportIds.cend());
        m_indexById.assign(size_t(m_lastId - m_firstId + 1), -1);
        for (size_t i = 0; i < m_reportIds.size(); ++i)
            m_indexById[size_t(m_reportIds[i] - m_firstId)] = int(i);
    }
    return true;
}

bool Aggregation::readSectionScores(QString* error)
{
    NativeQuery scores(
        m_db, "SELECT response_id, section_id, score FROM section_score WHERE response_id BETWEEN ?1 AND ?2");
    scores.bind(1, m_firstId).bind(2, m_lastId);
    const bool distribution = m_query.measure == Measure::Distribution;
    while (scores.next()) {
        const int report = reportIndex(scores.integer(0));
        const int section = m_catalog.sectionCodeOf(scores.integer(1));
        if (report < 0 || section < 0 || scores.isNull(2) || !passesSub(section))
            continue;
        const double score = scores.real(2);
        Accumulator& cell = accumulator(m_reportGroups[size_t(report)], section);
        ++cell.n;
        cell.sum += score;
        cell.squares += score * score;
        if (distribution) {
            const int band = m_catalog.bandOf(score);
            countCategory(cell,
                          category(QString::number(band),
                                   QString::number(m_catalog.bands()[size_t(band)].lowerBound),
                                   m_catalog.bands()[size_t(band)].label, band));
        }
    }
    *error = scores.error();
    return error->isEmpty();
}

bool Aggregation::readQuestionScores(QString* error)
{
    // The question code of each slot of a version's packed scores, -1 where it is not wanted.
    QHash<qint64, std::vector<int>> slotCodes;
    auto codesOf = [&](qint64 versionId) -> const std::vector<int>& {
        auto found = slotCodes.find(versionId);
        if (found == slotCodes.end()) {
            std::vector<int> codes;
            for (const qint64 questionId : m_catalog.slotsOf(versionId)) {
                const ResultsCatalog::Question* question = m_catalog.question(questionId);
                const bool wanted = question && passesSub(question->code)
                    && (!m_sectionFilter || m_sectionFilter->contains(question->section));
                codes.push_back(wanted ? question->code : -1);
            }
            found = slotCodes.insert(versionId, codes);
        }
        return *found;
    };
    NativeQuery scores(m_db,
                       "SELECT response_id, scores FROM question_scores WHERE response_id BETWEEN ?1 AND ?2");
    scores.bind(1, m_firstId).bind(2, m_lastId);
    while (scores.next()) {
        const int report = reportIndex(scores.integer(0));
        if (report < 0)
            continue;
        const std::vector<int>& codes = codesOf(m_reportVersions[size_t(report)]);
        const QByteArrayView packed = scores.blob(1);
        const int group = m_reportGroups[size_t(report)];
        for (size_t slot = 0; slot < codes.size(); ++slot) {
            if (codes[slot] < 0)
                continue;
            const float score = ScoredResponse::questionScoreAt(packed.data(), size_t(packed.size()), slot);
            if (std::isnan(score))
                continue;
            Accumulator& cell = accumulator(group, codes[slot]);
            ++cell.n;
            cell.sum += double(score);
            cell.squares += double(score) * double(score);
        }
    }
    *error = scores.error();
    return error->isEmpty();
}

void Aggregation::addAnswer(int report, qint64 questionId, float value)
{
    const ResultsCatalog::Question* question = m_catalog.question(questionId);
    if (!question)
        return;
    const bool notApplicable = value == ScoredResponse::notApplicable;
    const bool options = question->type == QuestionType::YesNo || question->type == QuestionType::Single;
    const ResultsCatalog::Option* option
        = options && !notApplicable ? m_catalog.optionAt(questionId, int(value)) : nullptr;
    Accumulator& cell = accumulator(m_reportGroups[size_t(report)], question->code);
    switch (m_query.measure) {
    case Measure::YesShare:
        if (!option || option->isNa)
            return;
        ++cell.n;
        cell.count += option->isYes ? 1 : 0;
        return;
    case Measure::Nps:
        if (notApplicable)
            return;
        ++cell.n;
        if (value >= 9)
            ++cell.promoters;
        else if (value <= 6)
            ++cell.detractors;
        else
            ++cell.passives;
        return;
    case Measure::Distribution: {
        ++cell.n; // multiple choice: a respondent; the chosen options are counted from answer_choice
        const QString prefix = m_catalog.code(Dimension::Question, question->code) + QLatin1Char('/');
        if (notApplicable) {
            const ResultsCatalog::Option* na = m_catalog.notApplicableOption(questionId);
            const QString code = na ? na->code : QStringLiteral("na");
            countCategory(
                cell,
                category(prefix + code, code,
                         na && !na->label.isEmpty() ? na->label : ResultsAggregator::tr("Not applicable"),
                         1e9));
        } else if (option) {
            countCategory(cell,
                          category(prefix + option->code, option->code, option->label, option->position));
        } else if (question->type != QuestionType::Multiple) {
            const QString number = QString::number(double(value));
            countCategory(cell, category(prefix + number, number, number, double(value)));
        }
        return;
    }
    case Measure::Mean:
        return;
    }
}

void Aggregation::addChoice(int report, qint64 questionId, qint64 optionId)
{
    const ResultsCatalog::Question* question = m_catalog.question(questionId);
    const ResultsCatalog::Option* option = m_catalog.option(optionId);
    if (!question || !option || option->isNa) // N/A is counted from the packed answers
        return;
    Accumulator& cell = accumulator(m_reportGroups[size_t(report)], question->code);
    countCategory(
        cell,
        category(m_catalog.code(Dimension::Question, question->code) + QLatin1Char('/') + option->code,
                 option->code, option->label, option->position));
}

bool Aggregation::readAnswers(QString* error)
{
    // The questions asked about: of the measure's type and passing the filters.
    auto wantedType = [this](QuestionType type) {
        switch (m_query.measure) {
        case Measure::YesShare:
            return type == QuestionType::YesNo;
        case Measure::Nps:
            return type == QuestionType::Nps;
        default:
            return QuestionTypes::hasOptions(type) || type == QuestionType::Rating
                || type == QuestionType::Nps || type == QuestionType::Number;
        }
    };
    // The question id of each slot of a version's packed answers, 0 where it is not wanted.
    QHash<qint64, std::vector<qint64>> slotQuestions;
    QSet<qint64> multiple;
    auto questionsOf = [&](qint64 versionId) -> const std::vector<qint64>& {
        auto found = slotQuestions.find(versionId);
        if (found == slotQuestions.end()) {
            std::vector<qint64> ids;
            for (const qint64 questionId : m_catalog.slotsOf(versionId)) {
                const ResultsCatalog::Question* question = m_catalog.question(questionId);
                const bool wanted = question && wantedType(question->type) && passesSub(question->code)
                    && (!m_sectionFilter || m_sectionFilter->contains(question->section));
                ids.push_back(wanted ? questionId : 0);
                if (wanted && question->type == QuestionType::Multiple)
                    multiple.insert(questionId);
            }
            found = slotQuestions.insert(versionId, ids);
        }
        return *found;
    };
    NativeQuery answers(
        m_db, "SELECT response_id, answers FROM question_scores WHERE response_id BETWEEN ?1 AND ?2");
    answers.bind(1, m_firstId).bind(2, m_lastId);
    while (answers.next()) {
        const int report = reportIndex(answers.integer(0));
        if (report < 0)
            continue;
        const std::vector<qint64>& questions = questionsOf(m_reportVersions[size_t(report)]);
        const QByteArrayView packed = answers.blob(1);
        for (size_t slot = 0; slot < questions.size(); ++slot) {
            if (questions[slot] == 0)
                continue;
            const float value = ScoredResponse::questionScoreAt(packed.data(), size_t(packed.size()), slot);
            if (!std::isnan(value))
                addAnswer(report, questions[slot], value);
        }
    }
    if (!answers.error().isEmpty()) {
        *error = answers.error();
        return false;
    }
    if (!multiple.isEmpty()) {
        NativeQuery choices(m_db,
                            "SELECT response_id, question_id, option_id FROM answer_choice "
                            "WHERE response_id BETWEEN ?1 AND ?2");
        choices.bind(1, m_firstId).bind(2, m_lastId);
        while (choices.next()) {
            const int report = reportIndex(choices.integer(0));
            if (report >= 0 && multiple.contains(choices.integer(1)))
                addChoice(report, choices.integer(1), choices.integer(2));
        }
        *error = choices.error();
    }
    return error->isEmpty();
}

void Aggregation::finish(ResultsTable* table) const
{
    table->query = m_query;
    table->by = m_by;
    table->level = m_level;
    table->smallBaseThreshold = m_catalog.smallBaseThreshold();
    const double confidence = m_query.confidence;
    const int threshold = m_catalog.smallBaseThreshold();

    // Each cell's key id per dimension of `by`.
    auto keyId = [this](const Accumulator& cell, Dimension dimension) -> qint64 {
        if (dimension == Dimension::Question)
            return cell.sub;
        if (dimension == Dimension::Section)
            return m_level == Level::Question ? m_catalog.sectionOfQuestionCode(cell.sub) : cell.sub;
        return m_groupKeys[size_t(cell.group)][size_t(reportDimensionIndex(dimension))];
    };

    // The keys used per dimension, in their natural order.
    std::vector<std::map<qint64, int>> ranks(size_t(m_by.size()));
    table->keys.assign(size_t(m_by.size()), {});
    for (int d = 0; d < m_by.size(); ++d) {
        const Dimension dimension = m_by[d];
        std::vector<qint64> ids;
        for (const Accumulator& cell : m_accumulators)
            ids.push_back(keyId(cell, dimension));
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
            if (dimension == Dimension::Staff) // by text, "not recorded" last
                return std::make_pair(m_staff[a].isEmpty(), m_staff[a])
                    < std::make_pair(m_staff[b].isEmpty(), m_staff[b]);
            return m_catalog.before(dimension, a, b);
        });
        for (const qint64 id : ids) {
            ranks[size_t(d)][id] = int(table->keys[size_t(d)].size());
            if (dimension == Dimension::Staff)
                table->keys[size_t(d)].push_back(
                    { m_staff[id],
                      m_staff[id].isEmpty() ? ResultsAggregator::tr("(not recorded)") : m_staff[id] });
            else
                table->keys[size_t(d)].push_back(
                    { m_catalog.code(dimension, id), m_catalog.label(dimension, id) });
        }
    }

    struct Sorted
    {
        std::vector<int> keys;
        double categoryRank = 0;
        ResultsTable::Cell cell;
    };
    std::vector<Sorted> sorted;
    for (size_t a = 0; a < m_accumulators.size(); ++a) {
        const Accumulator& sums = m_accumulators[a];
        ResultsTable::Cell cell;
        for (int d = 0; d < m_by.size(); ++d)
            cell.keys.push_back(ranks[size_t(d)].at(keyId(sums, m_by[d])));
        cell.n = sums.n;
        cell.smallBase = sums.n < threshold;
        if (m_query.measure == Measure::Distribution) {
            std::vector<int> categories;
            if (m_level == Level::Question) {
                const auto found = m_categoriesOfSub.find(sums.sub);
                if (found != m_categoriesOfSub.end())
                    categories = found->second;
            } else {
                for (size_t band = 0; band < m_catalog.bands().size(); ++band)
                    categories.push_back(m_categoryIndex.value(QString::number(band), -1));
            }
            for (size_t position = 0; position < categories.size(); ++position) {
                const int index = categories[position];
                ResultsTable::Cell own = cell;
                double rank = double(position);
                if (index >= 0) {
                    const Category& category = m_categories[size_t(index)];
                    own.category = category.shown;
                    own.categoryLabel = category.label;
                    rank = category.rank;
                    const auto count = m_categoryCounts.find((quint64(a) << 20) | quint64(index));
                    own.count = count == m_categoryCounts.end() ? 0 : count->second;
                } else { // a score band no score fell into
                    own.category = QString::number(m_catalog.bands()[position].lowerBound);
                    own.categoryLabel = m_catalog.bands()[position].label;
                }
                if (sums.n > 0) {
                    own.value = 100.0 * double(own.count) / double(sums.n);
                    if (const auto interval = ResultsStatistics::wilson(own.count, sums.n, confidence)) {
                        own.low = interval->low;
                        own.high = interval->high;
                        own.margin = interval->margin();
                    }
                }
                sorted.push_back({ own.keys, rank, own });
            }
            continue;
        }
        switch (m_query.measure) {
        case Measure::Mean:
            if (sums.n > 0) {
                const double mean = sums.sum / double(sums.n);
                cell.value = mean;
                if (sums.n >= 2) {
                    cell.sd = std::sqrt(
                        std::max(0.0, (sums.squares - double(sums.n) * mean * mean) / double(sums.n - 1)));
                    cell.margin = ResultsStatistics::meanMargin(*cell.sd, sums.n, confidence);
                    if (cell.margin) {
                        cell.low = mean - *cell.margin;
                        cell.high = mean + *cell.margin;
                    }
                }
            }
            break;
        case Measure::YesShare:
            cell.count = sums.count;
            if (sums.n > 0) {
                cell.value = 100.0 * double(sums.count) / double(sums.n);
                if (const auto interval = ResultsStatistics::wilson(sums.count, sums.n, confidence)) {
                    cell.low = interval->low;
                    cell.high = interval->high;
                    cell.margin = interval->margin();
                }
            }
            break;
        case Measure::Nps:
            cell.promoters = sums.promoters;
            cell.passives = sums.passives;
            cell.detractors = sums.detractors;
            cell.value = ResultsStatistics::nps(sums.promoters, sums.detractors, sums.n);
            cell.margin = ResultsStatistics::npsMargin(sums.promoters, sums.detractors, sums.n, confidence);
            if (cell.value && cell.margin) {
                cell.low = std::max(-100.0, *cell.value - *cell.margin);
                cell.high = std::min(100.0, *cell.value + *cell.margin);
            }
            break;
        case Measure::Distribution:
            break;
        }
        sorted.push_back({ cell.keys, 0, cell });
    }
    std::sort(sorted.begin(), sorted.end(), [](const Sorted& a, const Sorted& b) {
        return std::tie(a.keys, a.categoryRank) < std::tie(b.keys, b.categoryRank);
    });
    table->cells.clear();
    table->cells.reserve(qsizetype(sorted.size()));
    for (Sorted& entry : sorted)
        table->cells.append(std::move(entry.cell));
}

bool Aggregation::run(ResultsTable* table, QString* error, ResultsAggregator::Failure* failure)
{
    const bool asksSection
        = m_query.by.contains(Dimension::Section) || m_query.filters.contains(Dimension::Section);
    const bool asksQuestion
        = m_query.by.contains(Dimension::Question) || m_query.filters.contains(Dimension::Question);
    const bool perQuestion = m_query.measure == Measure::YesShare || m_query.measure == Measure::Nps;
    m_level = perQuestion || asksQuestion ? Level::Question : asksSection ? Level::Section : Level::Visit;
    m_by = m_query.by;
    // The section or question measured is always a key of the result.
    if (m_level == Level::Question && !m_by.contains(Dimension::Question))
        m_by << Dimension::Question;
    if (m_level == Level::Section && !m_by.contains(Dimension::Section))
        m_by << Dimension::Section;
    m_subCount = m_level == Level::Question ? std::max(1, m_catalog.questionCodeCount())
        : m_level == Level::Section         ? std::max(1, m_catalog.sectionCodeCount())
                                            : 1;

    *failure = ResultsAggregator::Failure::BadQuery;
    if (!resolveFilters(error))
        return false;
    *failure = ResultsAggregator::Failure::Read;
    if (!readReports(error))
        return false;
    if (!m_reportIds.empty()) {
        const bool answers
            = perQuestion || (m_query.measure == Measure::Distribution && m_level == Level::Question);
        bool ok = true;
        if (answers)
            ok = readAnswers(error);
        else if (m_level == Level::Question)
            ok = readQuestionScores(error);
        else if (m_level == Level::Section)
            ok = readSectionScores(error);
        else
            for (size_t report = 0; report < m_reportIds.size(); ++report) {
                if (!m_visitScores[report])
                    continue;
                const double score = *m_visitScores[report];
                Accumulator& cell = accumulator(m_reportGroups[report], 0);
                ++cell.n;
                cell.sum += score;
                cell.squares += score * score;
                if (m_query.measure == Measure::Distribution) {
                    const int band = m_catalog.bandOf(score);
                    countCategory(cell,
                                  category(QString::number(band),
                                           QString::number(m_catalog.bands()[size_t(band)].lowerBound),
                                           m_catalog.bands()[size_t(band)].label, band));
                }
            }
        if (!ok)
            return false;
    }
    finish(table);
    *failure = ResultsAggregator::Failure::None;
    return true;
}

bool Aggregation::collect(ResultsReports* result, QString* error, ResultsAggregator::Failure* failure)
{
    *failure = ResultsAggregator::Failure::BadQuery;
    for (const Dimension dimension : m_query.by)
        if (reportDimensionIndex(dimension) < 0) {
            *error = ResultsAggregator::tr("the reports can be grouped by a report's own dimensions only, not by %1")
                         .arg(ResultsQuery::dimensionKey(dimension));
            return false;
        }
    m_level = Level::Visit;
    m_by = m_query.by;
    if (!resolveFilters(error))
        return false;
    *failure = ResultsAggregator::Failure::Read;
    if (!readReports(error))
        return false;
    result->by = m_by;
    result->groups.clear();
    for (const ReportKey& key : m_groupKeys) {
        std::vector<ResultsTable::Key> keys;
        for (const Dimension dimension : m_by) {
            const qint64 id = key[size_t(reportDimensionIndex(dimension))];
            if (dimension == Dimension::Staff)
                keys.push_back({ m_staff[id], m_staff[id].isEmpty() ? ResultsAggregator::tr("(not recorded)")
                                                                    : m_staff[id] });
            else
                keys.push_back({ m_catalog.code(dimension, id), m_catalog.label(dimension, id) });
        }
        result->groups.push_back(std::move(keys));
    }
    result->reports.clear();
    result->reports.reserve(m_reportIds.size());
    for (size_t i = 0; i < m_reportIds.size(); ++i)
        result->reports.push_back(
            { m_reportIds[i], m_visitIds[i], m_reportVersions[i], m_visitScores[i], m_reportGroups[i] });
    std::sort(result->reports.begin(), result->reports.end(),
              [](const ResultsReports::Report& a, const ResultsReports::Report& b) {
                  return a.responseId < b.responseId;
              });
    *failure = ResultsAggregator::Failure::None;
    return true;
}

} // namespace

std::optional<ResultsReports> ResultsAggregator::reports(const QSqlDatabase& db, const ResultsQuery& query,
                                                         QString* error, Failure* failure)
{
    Failure own = Failure::None;
    Failure* reason = failure ? failure : &own;
    ResultsCatalog catalog;
    if (!catalog.load(db, error)) {
        *reason = Failure::Read;
        return std::nullopt;
    }
    ResultsReports reports;
    Aggregation aggregation(db, query, catalog);
    if (!aggregation.collect(&reports, error, reason))
        return std::nullopt;
    return reports;
}

std::optional<ResultsTable> ResultsAggregator::aggregate(const QSqlDatabase& db, const ResultsQuery& query,
                                                         QString* error, Failure* failure)
{
    Failure own = Failure::None;
    Failure* reason = failure ? failure : &own;
    if (!(query.confidence > 0 && query.confidence < 1)) {
        *reason = Failure::BadQuery;
        *error = tr("the confidence must be between 0 and 1, such as 0.95");
        return std::nullopt;
    }
    ResultsCatalog catalog;
    if (!catalog.load(db, error)) {
        *reason = Failure::Read;
        return std::nullopt;
    }
    ResultsTable table;
    Aggregation aggregation(db, query, catalog);
    if (!aggregation.run(&table, error, reason))
        return std::nullopt;
    return table;
}
