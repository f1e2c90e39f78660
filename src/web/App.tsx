import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout.js';
import { lazyPart } from './ui/lazyPart.js';
import { LiveWorkshopProvider } from './facilitation/LiveWorkshopProvider.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SessionProvider } from './session/SessionProvider.js';

// Each page's code is fetched when the page is first opened, so a person downloads what the
// page in front of them needs: the join page no live connection, the workshop home no board,
// a board not the start page's words (which in another language it fetched as well while the
// start page came with the app).
const LandingPage = lazyPart(() => import('./pages/LandingPage.js').then((m) => m.LandingPage), 'the start page');
const JoinPage = lazyPart(() => import('./pages/JoinPage.js').then((m) => m.JoinPage), 'the join page');
const SignInPage = lazyPart(() => import('./pages/SignInPage.js').then((m) => m.SignInPage), 'the sign-in page');
const FacilitatorHome = lazyPart(() => import('./pages/FacilitatorHome.js').then((m) => m.FacilitatorHome), 'your workshops');
const PlenaryPage = lazyPart(() => import('./pages/PlenaryPage.js').then((m) => m.PlenaryPage), 'the plenary');
const WorkshopHome = lazyPart(() => import('./pages/WorkshopHome.js').then((m) => m.WorkshopHome), 'the workshop');
const BookPage = lazyPart(() => import('./pages/BookPage.js').then((m) => m.BookPage), 'the booking form');
const BookingsInbox = lazyPart(() => import('./pages/BookingsInbox.js').then((m) => m.BookingsInbox), 'the booking requests');
const AudiencePage = lazyPart(() => import('./pages/AudiencePage.js').then((m) => m.AudiencePage), 'the audience page');
const AtlasPage = lazyPart(() => import('./pages/AtlasPage.js').then((m) => m.AtlasPage), 'the city atlas');
const BoardPage = lazyPart(() => import('./pages/BoardPage.js').then((m) => m.BoardPage), 'the board');

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
            <Route path="/book" component={BookPage} />
            <Route path="/facilitator" component={FacilitatorHome} />
            <Route path="/facilitator/bookings" component={BookingsInbox} />
            <Route path="/atlas" component={AtlasPage} />
            <Route path="/w/:id/plenary">{(params) => <PlenaryPage key={params.id} workshopId={params.id} />}</Route>
            <Route path="/w/:id">{(params) => <WorkshopHome key={params.id} workshopId={params.id} />}</Route>
            <Route path="/a/:code">{(params) => <AudiencePage key={params.code} code={params.code} />}</Route>
            <Route path="/b/:id">{(params) => <BoardPage key={params.id} boardId={params.id} />}</Route>
            <Route component={NotFoundPage} />
          </Switch>
        </Layout>
      </LiveWorkshopProvider>
    </SessionProvider>
  );
}
