"""Stage 3: reading a question and the conversation so far: speakers and kinds it restricts to,
its type, topic and figure, and follow-up resolution. Pure functions over strings."""
