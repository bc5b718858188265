# Multi-stage build for the KhuyenCong portal.
#   docker build -t khuyencong-web .
#   docker run --rm -p 8080:8080 khuyencong-web
# See docker-compose.yml for a run together with SQL Server.

# ---- build ------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src

# Copy the whole repository (.dockerignore keeps bin/, obj/, .git and local data
# out) and restore every project of the solution once, for the image's own
# runtime (--ucr) and ReadyToRun: the portal and its libraries are published
# precompiled, so each start JIT-compiles far less (README, Production), still
# running on the shared ASP.NET Core runtime of the final image.
COPY . .
RUN dotnet restore KhuyenCong.sln --ucr -p:PublishReadyToRun=true

RUN dotnet publish src/KhuyenCong.Web/KhuyenCong.Web.csproj \
        -c Release \
        -o /app \
        --no-restore \
        --ucr \
        --self-contained false \
        -p:PublishReadyToRun=true \
        -p:UseAppHost=false

# ---- runtime ----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1

# Application files stay owned by root (read-only for the app); only App_Data
# (SQLite database, logs and the like) is writable by the non-root user.
COPY --from=build /app .
# attachments/ exists in the image so that a new named volume mounted there
# (docker-compose.yml) starts owned by the app user.
RUN mkdir -p /app/App_Data/logs /app/App_Data/attachments \
    && chown -R app:app /app/App_Data

# The base image ships the non-root user 'app'; $APP_UID is its numeric id
# (1654), which also satisfies Kubernetes' runAsNonRoot check.
USER $APP_UID

EXPOSE 8080
ENTRYPOINT ["dotnet", "KhuyenCong.Web.dll"]
