#pragma once

#include "questionnaire/FormState.h"
#include "questionnaire/Questionnaire.h"
#include "reports/ReportImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>
#include <optional>

class ScoringPlan;

// One visit's report as a clerk types it (the entry form, `results enter`): the visit and its
// questionnaire version read from the file, the report the file holds for it (a draft or a
// submitted report), the checks a draft and a submission must pass, and the report as
// Command::saveReport() writes it. Answers are kept by question code in the form's own terms:
// an option code, a list of option codes (multiple choice), a number, or text (dates as
// 2026-11-22, times as 14:05).
class ReportEntry
{
    Q_DECLARE_TR_FUNCTIONS(ReportEntry)

public:
    struct Visit
    {
        qint64 id = 0;
        QString wave;
        QString waveStartsOn;
        QString waveEndsOn;
        QString locationCode;
        QString locationName;
        QString scenarioCode;
        QString scenarioTitle; // in the programme's source language, empty when none
        QString shopperCode;
        QString plannedDate;
        QString status; // the visit's status
        qint64 versionId = 0;
        std::optional<qint64> responseId;
        bool submitted = false; // the stored report has been submitted (not a draft)
        bool staffNamesAllowed = true;
        QStringList languages; // the programme's, source language first
    };

    struct Answer
    {
        QVariant value; // invalid: not answered
        QString comment;
    };

    struct Report
    {
        QString language;
        QString visitedOn; // 2026-11-22
        QString visitedAt; // 14:05, or empty
        std::optional<int> minutes;
        QString staff;
        QString comment;
        QHash<QString, Answer> answers; // by question code

        bool operator==(const Report& other) const;
    };

    struct Problem
    {
        QString field; // a question code, or visited_on, visited_at, minutes, language
        QString message;
    };

    ReportEntry(ReportEntry&&) noexcept;
    ReportEntry& operator=(ReportEntry&&) noexcept;
    ~ReportEntry();

    // The visit's form; nullopt with *error when the visit does not exist, has no shopper yet
    // (planned or cancelled) or its scenario has no questionnaire.
    static std::optional<ReportEntry> open(const QSqlDatabase& db, qint64 visitId, QString* error);

    const Visit& visit() const { return m_visit; }
    const Questionnaire& questionnaire() const { return m_questionnaire; }
    const ScoringPlan& plan() const { return *m_plan; }
    // The report the file holds, or a new one (the planned date, the programme's source language).
    const Report& stored() const { return m_stored; }
    // An approved report is the client's result: it is no longer edited here.
    bool readOnly() const { return m_visit.status == QLatin1String("approved"); }
    // A submitted report is corrected and submitted again, never turned back into a draft.
    bool canSaveDraft() const { return !readOnly() && !m_visit.submitted; }

    // Reads "CODE=VALUE" as typed on the command line: option codes or labels in any language,
    // "na" / "n/a", numbers, multiple choice separated by commas, dates and times as above.
    std::optional<QVariant> parseAnswer(const QString& code, const QString& text, QString* error) const;

    // What keeps the report from being saved: values the questionnaire does not accept, and for
    // a submission also visible mandatory questions without an answer and missing required
    // comments. Empty when it may be saved.
    QList<Problem> check(const Report& report, bool submit) const;
    // The form's state for the report: visibility, required comments, the running score.
    FormState state(const Report& report) const;
    // The questions whose answer calls for a comment the report does not have (plan indexes).
    std::vector<int> missingComments(const Report& report, const FormState& state) const;
    // The report as the import command writes it (hidden questions' answers dropped).
    ReportImport::Report toWrite(const Report& report) const;

private:
    struct StoredQuestion
    {
        qint64 id = 0;
        QHash<QString, qint64> options; // code -> id
        QString naCode;                 // the N/A option's code, empty when none
    };

    ReportEntry();
    std::vector<AnswerValue> values(const Report& report) const;
    std::optional<AnswerValue> valueOf(int index, const QVariant& value, QString* error) const;

    Visit m_visit;
    Questionnaire m_questionnaire;
    std::unique_ptr<ScoringPlan> m_plan;
    QHash<QString, StoredQuestion> m_storedQuestions;
    Report m_stored;
};
