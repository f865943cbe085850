# syntax=docker/dockerfile:1
# The llmstream image: one image, one entrypoint; docker-compose.yml picks the command
# (topics, mock-provider, sink, worker...). Build context is filtered by .dockerignore.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# hnswlib (the semantic cache's index) is published as source only: it needs a compiler,
# so every dependency is built into a wheel here and the runtime stage needs none.
RUN apt-get update && apt-get install -y --no-install-recommends g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN pip wheel --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# The wheels are bind-mounted from the build stage, so no source or wheel stays in a layer.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-index --find-links /wheels llmstream
RUN useradd --system --user-group --uid 10001 --create-home \
        --home-dir /var/lib/llmstream --shell /usr/sbin/nologin llmstream
USER llmstream
# state_dir (.llmstream) is relative to this directory.
WORKDIR /var/lib/llmstream
# The guard's pattern databases compiled into ~/.cache/llmstream now, not in each worker
# at start (a host with other CPU features compiles its own once).
RUN python -c "from llmstream.guard import warm_up; warm_up()"
# worker web (faust), simulated provider, telemetry sink query endpoint
EXPOSE 6066 8088 8124
ENTRYPOINT ["llmstream"]
CMD ["--help"]
