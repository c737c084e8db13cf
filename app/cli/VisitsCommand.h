#pragma once

#include "assignment/ChoiceCheck.h"

#include "CliCommand.h"

// shopscope-cli visits list|set|assign|swap|history FILE ...: fieldwork by hand.
class VisitsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VisitsCommand)

public:
    QString name() const override { return QStringLiteral("visits"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int list(const QCommandLineParser& parser, const QString& file);
    int set(const QCommandLineParser& parser, const QString& file, const QString& ids);
    int assign(const QCommandLineParser& parser, const QString& file, const QString& id);
    int swap(const QCommandLineParser& parser, const QString& file, const QString& first, const QString& second);
    // The reasons a check refuses a choice, in one line.
    static QString refusalText(const ChoiceCheck& check);
    int review(const QCommandLineParser& parser, const QString& file, const QString& ids);
    int history(const QCommandLineParser& parser, const QString& file, const QString& id);
    int exportLists(const QCommandLineParser& parser, const QString& file);
};
