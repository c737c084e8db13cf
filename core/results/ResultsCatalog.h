#pragma once

#include "ResultsQuery.h"
#include "questionnaire/QuestionType.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

// What the results are grouped and labelled by, read once per aggregation from the small tables
// (waves, geography, locations, scenarios, the questionnaires, score bands): the ids each
// dimension groups by, their codes and labels (texts in the programme's source language) and
// their natural order. Sections and questions are matched across questionnaire versions by code.
class ResultsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCatalog)

public:
    struct Location
    {
        QString code;
        QString name;
        int channel = 0; // index into channels()
        bool competitor = false;
        int brand = 0; // index into the brands (0: none given)
        qint64 country = 0; // geo_unit ids; 0 when the location is not placed that deep
        qint64 region = 0;
        qint64 area = 0;
    };

    struct Question
    {
        int code = -1; // index into the question codes
        int section = -1; // index into the section codes: the question's section in its version
        QuestionType type = QuestionType::Text;
    };

    struct Option
    {
        qint64 questionId = 0;
        QString code;
        QString label;
        int position = 0;
        bool isNa = false;
        bool isYes = false; // the "yes" of a yes/no question
    };

    struct Band
    {
        double lowerBound = 0;
        QString label;
    };

    bool load(const QSqlDatabase& db, QString* error);

    int smallBaseThreshold() const { return m_smallBaseThreshold; }
    const Location* location(qint64 id) const;
    const Question* question(qint64 id) const;
    const Option* option(qint64 id) const;
    // A question's option by its index in the question's option order (as answers are packed).
    const Option* optionAt(qint64 questionId, int index) const;
    // The question's "not applicable" option, if it has one.
    const Option* notApplicableOption(qint64 questionId) const;
    int sectionCodeOf(qint64 sectionId) const { return m_sectionCodeById.value(sectionId, -1); }
    int questionCodeCount() const { return int(m_questionCodes.size()); }
    int sectionCodeCount() const { return int(m_sectionCodes.size()); }
    QuestionType questionCodeType(int code) const { return m_questionCodeTypes[size_t(code)]; }
    // The section (code index) a question code belongs to in the newest version that has it.
    int sectionOfQuestionCode(int code) const { return m_sectionOfQuestionCode[size_t(code)]; }
    // The question ids of a version in ascending id: slot i of its packed question scores.
    const std::vector<qint64>& slotsOf(qint64 versionId) const;
    // Question ids of a version, of any version when versionId is 0.
    std::vector<qint64> questionIds(qint64 versionId) const;
    const std::vector<Band>& bands() const { return m_bands; }
    int bandOf(double score) const;
    static QStringList channels();

    // The ids a filter's values select for a dimension (codes or names, see ResultsQuery);
    // nothing, with *error naming the value, when one matches nothing.
    std::optional<QSet<qint64>> resolve(ResultsQuery::Dimension dimension, const QStringList& values,
                                        QString* error) const;

    // Code, label and sort rank of a key of a dimension (staff keys are resolved by the caller).
    QString code(ResultsQuery::Dimension dimension, qint64 id) const;
    QString label(ResultsQuery::Dimension dimension, qint64 id) const;
    // Orders two keys of a dimension naturally: waves by start, places by name, form order...
    bool before(ResultsQuery::Dimension dimension, qint64 a, qint64 b) const;

private:
    struct Wave
    {
        QString code;
        QString name;
        QString start;
    };
    struct Geo
    {
        QString level;
        QString name;
        qint64 parent = 0;
    };
    struct Scenario
    {
        QString code;
        QString title;
    };

    int m_smallBaseThreshold = 5;
    QHash<qint64, Wave> m_waves;
    QHash<qint64, Geo> m_geo;
    QHash<qint64, Location> m_locations;
    QHash<qint64, Scenario> m_scenarios;
    QHash<qint64, Question> m_questions;
    QHash<qint64, Option> m_options;
    QHash<qint64, std::vector<qint64>> m_optionOrder; // question id -> option ids by position
    QHash<qint64, int> m_sectionCodeById;
    QHash<qint64, std::vector<qint64>> m_slots;
    QStringList m_brands { QString() };
    std::vector<QString> m_sectionCodes;
    std::vector<QString> m_sectionTitles;
    std::vector<int> m_sectionRanks;
    std::vector<QString> m_questionCodes;
    std::vector<QString> m_questionTexts;
    std::vector<int> m_questionRanks;
    std::vector<QuestionType> m_questionCodeTypes;
    std::vector<int> m_sectionOfQuestionCode;
    std::vector<Band> m_bands;
};
