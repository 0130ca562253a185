# Smarteka workflow: build with Maven, run on a JRE. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline -Dmodel-checks.skip=true
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -ntp -q package -DskipTests -Dmodel-checks.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 smarteka
WORKDIR /app
COPY --from=build /src/target/smarteka-workflow-*.jar app.jar
USER smarteka
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD wget -qO- http://localhost:8080/actuator/health/readiness >/dev/null 2>&1 || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
