import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout.js';
import { LiveWorkshopProvider } from './facilitation/LiveWorkshopProvider.js';
import { BoardPage } from './pages/BoardPage.js';
import { FacilitatorHome } from './pages/FacilitatorHome.js';
import { JoinPage } from './pages/JoinPage.js';
import { LandingPage } from './pages/LandingPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PlenaryPage } from './pages/PlenaryPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { WorkshopHome } from './pages/WorkshopHome.js';
import { SessionProvider } from './session/SessionProvider.js';

/** Every page of the app and its address. The live workshop connection lives above the pages, so it outlasts moving between them. */
export function App() {
  return (
    <SessionProvider>
      <LiveWorkshopProvider>
        <Layout>
          <Switch>
            <Route path="/" component={LandingPage} />
            <Route path="/join/:code">{(params) => <JoinPage code={params.code} />}</Route>
            <Route path="/signin" component={SignInPage} />
            <Route path="/facilitator" component={FacilitatorHome} />
            <Route path="/w/:id/plenary">{(params) => <PlenaryPage key={params.id} workshopId={params.id} />}</Route>
            <Route path="/w/:id">{(params) => <WorkshopHome key={params.id} workshopId={params.id} />}</Route>
            <Route path="/b/:id">{(params) => <BoardPage key={params.id} boardId={params.id} />}</Route>
            <Route component={NotFoundPage} />
          </Switch>
        </Layout>
      </LiveWorkshopProvider>
    </SessionProvider>
  );
}
