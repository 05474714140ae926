"""Schema, migrations, SQLite/PostgreSQL access and the queries every interface shares."""
