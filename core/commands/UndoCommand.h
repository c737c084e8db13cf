#pragma once

#include <QString>

// One user edit that can be undone. Unlike QUndoCommand (which lives in Qt GUI and cannot fail),
// redo and undo write to the project file and may fail, e.g. on a full disk; a failed step
// leaves the file and the stack as they were.
class UndoCommand
{
public:
    explicit UndoCommand(const QString& text)
        : m_text(text)
    {
    }
    virtual ~UndoCommand() = default;
    UndoCommand(const UndoCommand&) = delete;
    UndoCommand& operator=(const UndoCommand&) = delete;

    QString text() const { return m_text; }
    void setText(const QString& text) { m_text = text; }

    virtual bool redo(QString* error) = 0;
    virtual bool undo(QString* error) = 0;

    // Commands with the same non-negative id may merge into one step (repeated edits of a field).
    virtual int id() const { return -1; }
    // Takes over other's effect; called after other has been applied.
    virtual bool mergeWith(const UndoCommand* other)
    {
        Q_UNUSED(other);
        return false;
    }
    // True when the command no longer changes anything (e.g. a merged edit back to the start).
    virtual bool isObsolete() const { return false; }

private:
    QString m_text;
};
