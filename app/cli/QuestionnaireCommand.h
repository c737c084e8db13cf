#pragma once

#include "CliCommand.h"

#include <optional>

struct Questionnaire;

// shopscope-cli questionnaire list|templates|export|import|validate|score ...
class QuestionnaireCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireCommand)

public:
    QString name() const override { return QStringLiteral("questionnaire"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int list(const QCommandLineParser& parser, const QStringList& arguments);
    int templates(const QCommandLineParser& parser);
    int exportVersion(const QCommandLineParser& parser, const QStringList& arguments);
    int exportOdk(const QCommandLineParser& parser, const Questionnaire& questionnaire, const QString& format);
    int importVersion(const QCommandLineParser& parser, const QStringList& arguments);
    int validate(const QCommandLineParser& parser, const QStringList& arguments);
    int score(const QCommandLineParser& parser, const QStringList& arguments);
    // The questionnaire named by --questionnaire in FILE, or by --json-file; prints the error.
    std::optional<Questionnaire> source(const QCommandLineParser& parser, const QStringList& arguments, int* exitCode);
};
